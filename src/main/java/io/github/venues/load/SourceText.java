package io.github.venues.load;

import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a content file's text the same careful way for YAML and Markdown: never more than a size
 * limit (a larger file is not read at all), strict UTF-8, and only characters a text file holds.
 * Each refusal is one problem at the line and column where it happens.
 */
final class SourceText {

    private SourceText() {
    }

    /** The text, or why it was refused. */
    record Read(String text, Problem problem) {
    }

    /** Reads {@code file} as text of at most {@code maxBytes}; a leading byte-order mark is dropped. */
    static Read read(Path file, String path, int maxBytes, int maxLines) {
        byte[] bytes;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > maxBytes) return refused(tooLarge(path, size, maxBytes));
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or end of file
            }
            bytes = buffer.position() == buffer.capacity() ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            return refused(Problem.error(Location.ofFile(path), "cannot read the file: " + describe(e)));
        }
        return decode(bytes, path, maxBytes, maxLines);
    }

    /** Decodes bytes already read; the same checks as {@link #read}. */
    static Read decode(byte[] bytes, String path, int maxBytes, int maxLines) {
        if (bytes.length > maxBytes) return refused(tooLarge(path, bytes.length, maxBytes));
        String text;
        try {
            text = decodeUtf8(bytes, path);
        } catch (BadEncoding e) {
            return refused(e.problem);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Problem problem = checkCharacters(text, path, maxLines);
        return problem == null ? new Read(text, null) : refused(problem);
    }

    private static Read refused(Problem problem) {
        return new Read(null, problem);
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Problem tooLarge(String path, long size, int maxBytes) {
        return Problem.error(new Location(path, 1, 1),
                String.format(Locale.ROOT, "file is too large (%,d bytes); content files are at most %,d bytes", size, maxBytes));
    }

    /**
     * Refuses a text with more than {@code maxLines} lines or with a character YAML does not allow
     * in a file (NUL and the other control characters but tab and line breaks): a parser would name
     * only the start of the file, or read on for a long time.
     */
    private static Problem checkCharacters(String text, String path, int maxLines) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
                if (line > maxLines && i + 1 < text.length()) {
                    return Problem.error(new Location(path, line, 1), String.format(Locale.ROOT,
                            "the file has more than %,d lines; content files are at most %,d lines", maxLines, maxLines));
                }
            } else if (!StreamReader.isPrintable(c)) {
                String name = Character.getName(c);
                return Problem.error(new Location(path, line, text.codePointCount(lineStart, i) + 1),
                        String.format(Locale.ROOT, "the file contains the control character U+%04X", c)
                                + (name == null ? "" : " (" + name + ")"),
                        "remove it: a content file holds text, tabs and line breaks only");
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** Decodes strict UTF-8; a bad byte becomes a problem at its line and column. */
    private static String decodeUtf8(byte[] bytes, String path) throws BadEncoding {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // Editors do not show a byte-order mark, and the parser's columns do not count it either.
            int from = lineStart == 0 && before.startsWith("\uFEFF") ? 1 : lineStart;
            int column = before.codePointCount(from, before.length()) + 1;
            throw new BadEncoding(Problem.error(new Location(path, line, column),
                    "the file is not UTF-8 (bad byte 0x" + String.format("%02X", bytes[offset] & 0xff) + " at offset " + offset + ")",
                    "save it as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static final class BadEncoding extends Exception {
        final transient Problem problem;

        BadEncoding(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}

package io.github.venues.importer;

import io.github.venues.write.AtomicWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one venue file in the canonical format of {@code content/}: the schema comment, then
 * name, abbr, homepage, impact_factor, cas, h5_index and ccf in that order, each only when known.
 * A file written from the values of an existing file is byte-identical to it, so a contributor's
 * diff shows only what changed.
 *
 * <p>Strings are written plain, as people write them, unless a YAML reader could take them for
 * something else ({@code no}, {@code 012}, {@code a: b}, {@code #x}); those are double-quoted.
 */
public final class VenueYaml {

    /** First line of every venue file: editors validate against the schema as one types. */
    public static final String SCHEMA_LINE = "# yaml-language-server: $schema=../venue.schema.json";

    /** Characters that mean something when a plain scalar starts with them. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** Words that YAML 1.1 or 1.2 readers turn into booleans or null, and the seed's "unknown". */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off",
            "null", "~", "none", "<<", "=");
    /** Anything a reader of some YAML version could take for a number, a date or a time. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\.?[0-9][0-9a-zA-Z_.:+-]*|\\.(inf|nan))",
            Pattern.CASE_INSENSITIVE);

    private VenueYaml() {
    }

    /** The file's text. */
    public static String text(VenueDraft v) {
        StringBuilder out = new StringBuilder(SCHEMA_LINE).append('\n');
        out.append("name: ").append(scalar(v.name())).append('\n');
        if (v.abbr() != null) out.append("abbr: ").append(scalar(v.abbr())).append('\n');
        if (v.homepage() != null) out.append("homepage: ").append(scalar(v.homepage())).append('\n');
        if (v.impactFactorText() != null) out.append("impact_factor: ").append(v.impactFactorText()).append('\n');
        if (v.casCategoryId() != null) {
            out.append("cas:\n")
                    .append("  category: ").append(scalar(v.casCategoryId())).append('\n')
                    .append("  zone: ").append(v.casZone()).append('\n');
        }
        if (v.h5Index() != null) out.append("h5_index: ").append(v.h5Index()).append('\n');
        if (v.ccf() != null) out.append("ccf: ").append(v.ccf().name()).append('\n');
        return out.toString();
    }

    /** The file's bytes: UTF-8, {@code \n} line ends, a final newline. */
    public static byte[] bytes(VenueDraft v) {
        return text(v).getBytes(StandardCharsets.UTF_8);
    }

    /** Where the venue's file goes in a content folder: {@code content/journals/tmi.yaml}. */
    public static Path fileIn(Path contentDir, VenueDraft v) {
        return contentDir.resolve(v.kind().folder()).resolve(v.id() + ".yaml");
    }

    /**
     * Writes the venue's file, creating its folder if needed.
     *
     * @param overwrite replace an existing file; when false, an existing file is left as it is
     * @return whether the file was written ({@code false}: it existed and {@code overwrite} was false)
     */
    public static boolean write(Path file, VenueDraft v, boolean overwrite) throws IOException {
        byte[] bytes = bytes(v);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (overwrite) {
            // The replacement starts as a private temporary file: give it the permissions of the one it replaces.
            Set<PosixFilePermission> permissions = Files.isRegularFile(file)
                    && Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)
                    ? Files.getPosixFilePermissions(file) : null;
            AtomicWriter.replaceFile(file, bytes);
            if (permissions != null) Files.setPosixFilePermissions(file, permissions);
            return true;
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            // CREATE_NEW fails if the file appeared meanwhile: nobody's file is ever replaced.
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            Files.deleteIfExists(file); // no half-written file (e.g. on a full disk)
            throw e;
        }
        return true;
    }

    /** A string value as YAML: plain when a reader takes it as that same string, else double-quoted. */
    static String scalar(String s) {
        return needsQuotes(s) ? doubleQuoted(s) : s;
    }

    static boolean needsQuotes(String s) {
        if (s.isEmpty() || !s.equals(s.strip())) return true;
        if (INDICATORS.indexOf(s.charAt(0)) >= 0) return true;
        if (s.contains(": ") || s.contains(":\t") || s.endsWith(":") || s.contains(" #") || s.contains("\t#")) return true;
        if (RESERVED.contains(s.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(s).matches()) return true;
        return s.codePoints().anyMatch(VenueYaml::mustEscape);
    }

    /** Control characters, line and paragraph separators, byte-order marks and the like. */
    private static boolean mustEscape(int cp) {
        if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) return true;
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }

    private static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0 -> out.append("\\0");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case 0x0B -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case 0x1B -> out.append("\\e");
                default -> {
                    // YAML also has \N, \L and \P for U+0085, U+2028, U+2029; snakeyaml-engine rejects them.
                    if (cp <= 0xFF && mustEscape(cp)) {
                        out.append(String.format(Locale.ROOT, "\\x%02X", cp));
                    } else if (cp <= 0xFFFF && mustEscape(cp)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else if (mustEscape(cp)) {
                        out.append(String.format(Locale.ROOT, "\\U%08X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}

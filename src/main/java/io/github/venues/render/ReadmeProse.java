package io.github.venues.render;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The list's prose as it goes into README.md: the Markdown as written, with what the site's
 * renderer ({@link Prose}) also refuses made harmless in place. Raw HTML is shown as text (its
 * {@code <} becomes {@code &lt;}) and a link or image to anything but an http, https, mailto or
 * relative address points to {@code #} instead, so that the README on any Markdown viewer, not
 * only GitHub's sanitising one, shows what the site shows.
 */
final class ReadmeProse {

    private static final Parser PARSER = Parser.builder().build();

    private ReadmeProse() {
    }

    private record Edit(int start, int end, String replacement) {
    }

    static String clean(String markdown) {
        if (markdown == null || markdown.isBlank()) return markdown;
        List<Edit> edits = new ArrayList<>();
        for (Node node : PARSER.parse(markdown).getDescendants()) {
            if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                BasedSequence chars = node.getChars();
                for (int i = 0; i < chars.length(); i++) {
                    if (chars.charAt(i) == '<') {
                        int at = chars.getStartOffset() + i;
                        edits.add(new Edit(at, at + 1, "&lt;"));
                    }
                }
            } else if (node instanceof LinkNodeBase link && !WebAddress.isSafeInProse(link.getUrl().unescape())) {
                edits.add(new Edit(link.getUrl().getStartOffset(), link.getUrl().getEndOffset(), "#"));
            }
        }
        if (edits.isEmpty()) return markdown;
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(markdown);
        for (Edit e : edits) {
            out.replace(e.start, e.end, e.replacement);
        }
        return out.toString();
    }
}

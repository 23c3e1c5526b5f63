package io.github.venues.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.venues.load.YamlDocument;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Characters that make a text look different from what it is. A YAML escape such as
 * {@code "\u202E"} puts any character into a value, invisibly in a pull request's diff, so a
 * contributor could make a name display reversed, or two names that look alike differ.
 *
 * <p>The policy, per text field:
 * <ul>
 *   <li>error: a bidirectional control (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C) or
 *   any other Unicode format character (category Cf: U+200B zero-width space, U+2060 word joiner,
 *   U+FEFF, U+00AD soft hyphen, tag characters...), a Hangul filler (U+115F, U+1160, U+3164, U+FFA0),
 *   a control character (line breaks are allowed in descriptions only), a line or paragraph
 *   separator (U+2028, U+2029), an unpaired surrogate (not a character at all);</li>
 *   <li>warning: U+200C zero-width non-joiner and U+200D zero-width joiner, which some scripts
 *   (Persian, Indic, emoji sequences) need.</li>
 * </ul>
 * The first offending character of a field is reported, at the field's value, with its position
 * in the value since it cannot be seen.
 */
final class TextRules {

    /** A field to check and whether it may hold line breaks. */
    record Field(String pointer, boolean multiline) {
    }

    static final List<Field> VENUE_FIELDS = List.of(
            new Field("/name", false), new Field("/abbr", false), new Field("/homepage", false));
    static final List<Field> SITE_FIELDS = List.of(
            new Field("/title/en", false), new Field("/title/zh", false),
            new Field("/description/en", true), new Field("/description/zh", true),
            new Field("/base_url", false), new Field("/repository", false));

    private TextRules() {
    }

    /** Problems by the pointer of the value they are about, at most one per field. */
    static Map<String, Problem> check(YamlDocument doc, List<Field> fields) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Field field : fields) {
            JsonNode value = doc.root().at(field.pointer());
            if (!value.isTextual() || doc.sources().isReported(field.pointer())) continue;
            Problem problem = check(value.asText(), field, doc.sources().valueAt(field.pointer()));
            if (problem != null) problems.put(field.pointer(), problem);
        }
        return problems;
    }

    private static Problem check(String text, Field field, Location at) {
        String name = SchemaCheck.name(field.pointer());
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            position++;
            if (Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                return Problem.error(at, name + " contains " + String.format(Locale.ROOT, "\\u%04X", (int) ch)
                        + ", half of a surrogate pair, which is not a character" + where(position), "remove it");
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r') {
                if (field.multiline()) continue;
                return Problem.error(at, name + " contains a line break" + where(position), "write it on one line");
            }
            if (c == 0x200C || c == 0x200D) {
                return Problem.warning(at, name + " contains the invisible " + describe(c) + where(position),
                        "fine where the script needs it; otherwise remove it");
            }
            if (isBidiControl(c)) {
                return Problem.error(at, name + " contains the bidirectional control " + describe(c)
                        + ", which makes text display in another order than it is written" + where(position), "remove it");
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0) {
                return Problem.error(at, name + " contains the invisible character " + describe(c)
                        + ", which makes texts that look alike differ" + where(position), "remove it");
            }
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return Problem.error(at, name + " contains the control character " + describe(c) + where(position),
                        c == '\t' ? "use a space" : "remove it");
            }
        }
        return null;
    }

    /** Written only for a problem: building it for every character cost more than the check. */
    private static String where(int position) {
        return " (character " + position + " of the value)";
    }

    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
    private static String describe(int c) {
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }
}

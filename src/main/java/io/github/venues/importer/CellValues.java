package io.github.venues.importer;

import io.github.venues.model.CasCategory;
import io.github.venues.model.Ccf;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Understands the values of table cells. Each method returns {@code null} for a cell that says
 * "unknown" ({@code None}, {@code -}, empty) and throws {@link NotUnderstood} for one it cannot read.
 */
final class CellValues {

    private static final Set<String> UNKNOWN = Set.of("", "none", "null", "n/a", "-", "—", "–", "--");
    private static final Pattern CAS_PARTITION = Pattern.compile("(.*?)[\\s,，]*(?:(\\d+)\\s*区|zone\\s*(\\d+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CCF_CLASS = Pattern.compile("(?:ccf[\\s-]*)?([abc])(?:\\s*类)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/?#]+\\S*");

    /** A cell that cannot be read; {@code hint} says how it could be written. */
    static final class NotUnderstood extends Exception {
        final String hint;

        NotUnderstood(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }

    /** A CAS partition: category id and zone. */
    record Cas(String categoryId, int zone) {
    }

    private CellValues() {
    }

    static boolean isUnknown(String text) {
        return UNKNOWN.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The impact factor's text exactly as written: {@code 5.5353}. */
    static String impactFactor(String text) throws NotUnderstood {
        if (isUnknown(text)) return null;
        if (VenueDraft.DECIMAL.matcher(text).matches()) return text;
        throw new NotUnderstood("impact factor \"" + text + "\" is not a decimal number", "write it like 5.223");
    }

    /** {@code 工程技术 2区}, {@code Engineering & Technology, zone 2}. */
    static Cas cas(String text) throws NotUnderstood {
        if (isUnknown(text)) return null;
        Matcher m = CAS_PARTITION.matcher(text.strip());
        if (!m.matches()) {
            throw new NotUnderstood("CAS partition \"" + text + "\" is not a category and a zone", "write it like 工程技术 2区");
        }
        int zone = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        String label = m.group(1).strip();
        if (label.isEmpty()) {
            throw new NotUnderstood("CAS partition \"" + text + "\" has no category", "write it like 工程技术 " + zone + "区");
        }
        CasCategory category = CasCategory.byLabel(label).orElseThrow(() -> new NotUnderstood(
                "unknown CAS category \"" + label + "\"", "known categories: " + Arrays.stream(CasCategory.values())
                .map(c -> c.label().zh()).collect(Collectors.joining(", "))));
        if (zone < 1 || zone > 4) {
            throw new NotUnderstood("CAS zone " + zone + " in \"" + text + "\" is not 1 to 4", null);
        }
        return new Cas(category.id(), zone);
    }

    static Integer h5Index(String text) throws NotUnderstood {
        if (isUnknown(text)) return null;
        if (WHOLE.matcher(text).matches()) return Integer.valueOf(text);
        throw new NotUnderstood("h5-index \"" + text + "\" is not a whole number", "write it like 85");
    }

    static Ccf ccf(String text) throws NotUnderstood {
        if (isUnknown(text)) return null;
        Matcher m = CCF_CLASS.matcher(text.strip());
        if (m.matches()) return Ccf.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        throw new NotUnderstood("CCF class \"" + text + "\" is not A, B or C", null);
    }

    static String homepage(String address) throws NotUnderstood {
        if (address == null || isUnknown(address)) return null;
        String a = address.strip();
        if (WEB_ADDRESS.matcher(a).matches()) return a;
        throw new NotUnderstood("homepage \"" + address + "\" is not an http:// or https:// address", null);
    }
}

package io.github.venues.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A venue's name as lists write it, split into the full name and its abbreviation:
 * {@code IEEE Transactions on Medical Imaging, TMI} and
 * {@code Conference on Medical Image Understanding and Analysis (MIUA)}.
 *
 * @param abbr the abbreviation, or {@code null}
 */
record VenueName(String name, String abbr) {

    /** A short token without spaces: TMI, MedIA, IEEE-TMI, 3DV. Two capitals at least, so "Inc" is no abbreviation. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9&+./-]{1,15}");
    private static final Pattern IN_PARENTHESES = Pattern.compile("(.*\\S)\\s*[(（]\\s*([^()（）]+?)\\s*[)）]");

    static VenueName split(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        Matcher m = IN_PARENTHESES.matcher(t);
        if (m.matches() && isAbbreviation(m.group(2))) {
            return new VenueName(m.group(1), m.group(2));
        }
        int comma = Math.max(t.lastIndexOf(','), t.lastIndexOf('，'));
        if (comma > 0) {
            String head = t.substring(0, comma).strip();
            String tail = t.substring(comma + 1).strip();
            if (!head.isEmpty() && isAbbreviation(tail)) return new VenueName(head, tail);
        }
        return new VenueName(t, null);
    }

    static boolean isAbbreviation(String token) {
        return TOKEN.matcher(token).matches() && token.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * The venue's id and file name: a slug of the abbreviation when there is one, else of the
     * name; empty when neither has a Latin letter or digit (e.g. a name in Chinese only).
     */
    String id() {
        return slug(abbr != null ? abbr : name);
    }

    /** {@code IEEE/CVF Conference} → {@code ieee-cvf-conference}; accents are dropped: é → e. */
    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}

package io.github.venues.importer;

import io.github.venues.model.Ccf;
import io.github.venues.model.Kind;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A venue about to be written as a content file, with every value already understood. A
 * {@code null} value is unknown and is left out of the file. Commands that create venue files
 * ({@code import}, and later {@code new}) build drafts and hand them to {@link VenueYaml}.
 *
 * @param id               the file name without {@code .yaml}: lowercase letters, digits and single hyphens
 * @param impactFactorText the impact factor exactly as the source writes it ({@code 5.5353}, {@code 9.34}),
 *                         so that the file keeps every digit the source gives
 * @param casCategoryId    the CAS broad category's id ({@code engineering}); given together with {@code casZone}
 * @param casZone          the CAS zone, 1 to 4
 */
public record VenueDraft(Kind kind, String id, String name, String abbr, String homepage,
                         String impactFactorText, String casCategoryId, Integer casZone,
                         Integer h5Index, Ccf ccf) {

    /** The form of ids the validator accepts; anything else could also escape the content folder. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A plain non-negative decimal, which YAML reads back as the same number. */
    static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    public VenueDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id \"" + id + "\" is not lowercase letters, digits and single hyphens");
        }
        if (impactFactorText != null && !DECIMAL.matcher(impactFactorText).matches()) {
            throw new IllegalArgumentException("impact factor \"" + impactFactorText + "\" is not a plain decimal such as 5.223");
        }
        if ((casCategoryId == null) != (casZone == null)) {
            throw new IllegalArgumentException("a CAS partition needs both its category and its zone");
        }
    }

    /** Where the file goes inside a content folder: {@code journals/tmi.yaml}. */
    public String relativePath() {
        return kind.folder() + "/" + id + ".yaml";
    }
}

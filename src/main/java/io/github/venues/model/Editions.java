package io.github.venues.model;

/**
 * The year of the edition each metric was taken from: JCR year for the impact factor, CAS
 * partition edition, Google Scholar Metrics year for the h5-index, CCF catalogue year.
 */
public record Editions(int impactFactor, int cas, int h5Index, int ccf) {

    /** {@code JCR 2019 · CAS 2020 · Google Scholar Metrics 2020 · CCF 2019} in one language. */
    public String describe(String lang) {
        return String.join(" · ",
                Vocabulary.EDITION_IMPACT_FACTOR.in(lang) + " " + impactFactor,
                Vocabulary.EDITION_CAS.in(lang) + " " + cas,
                Vocabulary.EDITION_H5.in(lang) + " " + h5Index,
                Vocabulary.EDITION_CCF.in(lang) + " " + ccf);
    }
}

package io.github.venues.model;

/**
 * The year of the edition each metric was taken from: JCR year for the impact factor, CAS
 * partition edition, Google Scholar Metrics year for the h5-index, CCF catalogue year.
 */
public record Editions(int impactFactor, int cas, int h5Index, int ccf) {

}

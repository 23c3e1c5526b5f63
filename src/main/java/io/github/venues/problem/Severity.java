package io.github.venues.problem;

/** Errors block validation and the build; warnings are shown but never fail a pull request. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}

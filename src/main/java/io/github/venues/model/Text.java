package io.github.venues.model;

import java.util.Objects;

/** A text in both languages of the list. */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
    }

    /** The text in one language: {@code "zh"} or {@code "en"}. */
    public String in(String lang) {
        return "zh".equals(lang) ? zh : en;
    }

    /** Both languages on one line, Chinese first: {@code 期刊 Journal}. */
    public String both() {
        return zh.equals(en) ? en : zh + " " + en;
    }
}

package io.github.venues.model;

/** China Computer Federation recommendation class; A is the highest. */
public enum Ccf {
    A, B, C;

    public Text label() {
        return new Text("CCF " + name() + " 类", "CCF " + name());
    }
}

package io.github.venues.links;

/**
 * The outcome of checking one address.
 *
 * @param status   the last HTTP status seen, or 0 when no answer came
 * @param location where redirects led (the final address), or {@code null} when not redirected
 * @param error    why no answer came (timeout, refused, unknown host), or {@code null}
 * @param tries    how many times it was tried
 */
public record LinkStatus(String url, Verdict verdict, int status, String location, String error, int tries) {

    public enum Verdict {
        OK, REDIRECTED, DEAD
    }

    /** No HTTP answer at all: says nothing about the page if the whole network is down. */
    public boolean unreachable() {
        return status == 0;
    }
}

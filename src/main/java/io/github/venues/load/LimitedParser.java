package io.github.venues.load;

import io.github.venues.problem.Problem;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.Locale;

/**
 * Hands the parser's events to the composer and stops at the first event past a limit: nesting
 * depth, number of values, number of aliases. snakeyaml-engine's composer builds nested
 * collections by recursion and has no depth setting of its own; counting here bounds that
 * recursion (no {@link StackOverflowError} to catch) and names the line where the limit is passed.
 */
final class LimitedParser implements Parser {

    private final Parser parser;
    private final String path;
    private int depth;
    private int values;
    private int aliases;

    LimitedParser(Parser parser, String path) {
        this.parser = parser;
        this.path = path;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > YamlParser.MAX_DEPTH) {
                    throw stop(event, "nested more than " + YamlParser.MAX_DEPTH + " levels deep",
                            "a content file needs two levels at most, as in cas: {zone: 1}");
                }
                counted(event);
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Scalar -> counted(event);
            case Alias -> {
                if (++aliases > YamlParser.MAX_ALIASES) {
                    throw stop(event, "more than " + YamlParser.MAX_ALIASES + " aliases (*"
                                    + ((AliasEvent) event).getAlias().getValue() + "): anchors and aliases are not allowed",
                            "write the values out in full");
                }
                counted(event);
            }
            default -> {
                // stream and document boundaries, comments
            }
        }
        return event;
    }

    private void counted(Event event) {
        if (++values > YamlParser.MAX_VALUES) {
            throw stop(event, String.format(Locale.ROOT, "more than %,d keys and values; a content file is a short mapping",
                    YamlParser.MAX_VALUES), null);
        }
    }

    private LimitExceeded stop(Event event, String message, String hint) {
        return new LimitExceeded(Problem.error(YamlParser.at(path, event.getStartMark()), message, hint));
    }

    /** Ends composing; carries the located problem. No stack trace: it is a finding, not a bug. */
    static final class LimitExceeded extends RuntimeException {
        final transient Problem problem;

        LimitExceeded(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}

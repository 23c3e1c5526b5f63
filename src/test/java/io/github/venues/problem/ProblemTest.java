package io.github.venues.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A problem is printed as one line, whatever its message quotes. */
class ProblemTest {

    private static final Location AT = new Location("content/journals/tmi.yaml", 2, 3);

    @Test
    void lineBreaksAndTabsInAMessageAreShownAsEscapes() {
        Problem p = Problem.error(AT, "found character '\r' and '\n' and '\t'", "remove the\u2028line separator");
        assertEquals("found character '\\r' and '\\n' and '\\t'", p.message());
        assertEquals("remove the\\u2028line separator", p.hint());
        assertEquals("content/journals/tmi.yaml:2:3: error: found character '\\r' and '\\n' and '\\t'; remove the\\u2028line separator",
                p.toString());
    }

    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        Problem p = Problem.warning(AT, "name is \u202Eevil\u0000 \u001B[31m\u0085");
        assertEquals("name is \\u202Eevil\\u0000 \\u001B[31m\\u0085", p.message());
    }

    @Test
    void printableTextIsKeptAsItIs() {
        String text = "h5_index must be a whole number ≥ 0, got \"八十\" (医学 1区)";
        Problem p = Problem.error(AT, text);
        assertEquals(text, p.message());
        assertNull(p.hint());
    }
}

package io.github.venues.load;

import io.github.venues.problem.Location;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where each key and value of a file stands, however many there are. */
class SourceMapTest {

    private static final String FILE = "content/journals/tmi.yaml";

    @Test
    void everyPlaceIsFoundAgainPastTheFirstFew() {
        SourceMap map = new SourceMap(FILE);
        for (int i = 1; i <= 50; i++) {
            map.putKey("/k" + i, new Location(FILE, i, 1));
            map.putValue("/k" + i, new Location(FILE, i, 5 + i));
        }
        for (int i = 1; i <= 50; i++) {
            assertEquals(new Location(FILE, i, 1), map.keyAt("/k" + i));
            assertEquals(new Location(FILE, i, 5 + i), map.valueAt("/k" + i));
        }
    }

    @Test
    void anUnknownValueIsAtTheStartOfTheFileAndAKeylessValueAtItsValue() {
        SourceMap map = new SourceMap(FILE);
        map.putValue("", new Location(FILE, 1, 1));
        map.putValue("/cas/zone", new Location(FILE, 7, 9));
        assertEquals(new Location(FILE, 1, 1), map.valueAt("/nowhere"));
        assertEquals(new Location(FILE, 7, 9), map.keyAt("/cas/zone"));
    }

    @Test
    void lineAndColumnSurviveLargeNumbers() {
        SourceMap map = new SourceMap(FILE);
        map.putValue("/name", new Location(FILE, Integer.MAX_VALUE, Integer.MAX_VALUE - 1));
        assertEquals(new Location(FILE, Integer.MAX_VALUE, Integer.MAX_VALUE - 1), map.valueAt("/name"));
    }

    @Test
    void aReportedValueCoversWhatIsInsideIt() {
        SourceMap map = new SourceMap(FILE);
        assertFalse(map.isReported("/cas/zone"));
        map.markReported("/cas");
        assertTrue(map.isReported("/cas/zone"));
        assertFalse(map.isReported("/name"));
    }

    @Test
    void theSamePointerInTwoFilesIsOneString() {
        assertSame(SourceMap.shared(new String("/h5_index")), SourceMap.shared(new String("/h5_index")));
    }
}

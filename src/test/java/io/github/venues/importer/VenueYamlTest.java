package io.github.venues.importer;

import io.github.venues.load.Parsed;
import io.github.venues.load.YamlParser;
import io.github.venues.model.Ccf;
import io.github.venues.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class VenueYamlTest {

    private static VenueDraft named(String name) {
        return new VenueDraft(Kind.CONFERENCE, "x", name, null, null, null, null, null, null, null);
    }

    @Test
    void writesEveryKnownKeyInTheCanonicalOrderWithTheSchemaLineFirst() {
        VenueDraft tmi = new VenueDraft(Kind.JOURNAL, "tmi", "IEEE Transactions on Medical Imaging", "TMI",
                "https://ieeexplore.ieee.org/xpl/RecentIssue.jsp?punumber=42", "6.685", "engineering", 1, 85, Ccf.B);

        assertEquals("""
                # yaml-language-server: $schema=../venue.schema.json
                name: IEEE Transactions on Medical Imaging
                abbr: TMI
                homepage: https://ieeexplore.ieee.org/xpl/RecentIssue.jsp?punumber=42
                impact_factor: 6.685
                cas:
                  category: engineering
                  zone: 1
                h5_index: 85
                ccf: B
                """, VenueYaml.text(tmi));
    }

    @Test
    void leavesOutWhatIsUnknown() {
        VenueDraft jmi = new VenueDraft(Kind.JOURNAL, "journal-of-medical-imaging", "Journal of Medical Imaging",
                null, null, null, null, null, 28, null);

        assertEquals("""
                # yaml-language-server: $schema=../venue.schema.json
                name: Journal of Medical Imaging
                h5_index: 28
                """, VenueYaml.text(jmi));
        assertEquals("journals/journal-of-medical-imaging.yaml", jmi.relativePath());
    }

    @Test
    void keepsTheImpactFactorExactlyAsTheSourceWritesIt() {
        VenueDraft nn = new VenueDraft(Kind.JOURNAL, "neural-networks", "Neural Networks", null, null,
                "5.5353", null, null, null, null);
        assertTrue(VenueYaml.text(nn).contains("\nimpact_factor: 5.5353\n"));
        VenueDraft trailingZero = new VenueDraft(Kind.JOURNAL, "x", "X", null, null, "5.20", null, null, null, null);
        assertTrue(VenueYaml.text(trailingZero).contains("\nimpact_factor: 5.20\n"));
    }

    @Test
    void writesOrdinaryNamesPlainAndQuotesANameWithAColonAndSpace() {
        assertEquals("IEEE International Conference on Acoustics, Speech and Signal Processing",
                VenueYaml.scalar("IEEE International Conference on Acoustics, Speech and Signal Processing"));
        assertEquals("IEEE/CVF Conference on Computer Vision and Pattern Recognition",
                VenueYaml.scalar("IEEE/CVF Conference on Computer Vision and Pattern Recognition"));
        assertEquals("\"IEEE International Symposium on Biomedical Imaging: From Nano to Macro\"",
                VenueYaml.scalar("IEEE International Symposium on Biomedical Imaging: From Nano to Macro"));
        assertEquals("C:\\Path \"quoted\" it's fine", VenueYaml.scalar("C:\\Path \"quoted\" it's fine"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "Imaging: Theory and Practice", "#1 Journal", "Journal #2", "no", "No", "None", "null", "~", "true", "on",
            "012", "5.20", "2024-05-01", "1e3", ".inf", "-", "- dash", "? question", "[bracketed]", "{braced}",
            "*star", "&anchor", "!tag", "|pipe", ">folded", "%percent", "@at", "`tick", "'single'", "\"double\" start",
            "ends with colon:", " leading space", "trailing space ", "tab\tinside", "line\nbreak", "bell\u0007",
            "back\\slash \"quotes\" inside", "Ünïcödé 医学影像 journal", "a, b, c", "IEEE/CVF", "50% off", "a:b",
            "\uFEFFbom", "nbsp\u00A0inside", "\u2028", ""
    })
    void everyNameReadsBackAsTheSameText(String name) {
        Parsed parsed = YamlParser.parse(VenueYaml.bytes(named(name)), "conferences/x.yaml");

        assertTrue(parsed.problems().isEmpty(), () -> parsed.problems().toString());
        assertEquals(name, parsed.document().root().get("name").textValue(), () -> VenueYaml.text(named(name)));
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("\"no\"", VenueYaml.scalar("no"));
        assertEquals("\"None\"", VenueYaml.scalar("None"));
        assertEquals("\"012\"", VenueYaml.scalar("012"));
        assertEquals("\"#1 Journal\"", VenueYaml.scalar("#1 Journal"));
        assertEquals("\"tab\\tinside\"", VenueYaml.scalar("tab\tinside"));
        assertEquals("\"say \\\"hi\\\" \\\\ bye: now\"", VenueYaml.scalar("say \"hi\" \\ bye: now"));
        assertEquals("Nonesuch Journal", VenueYaml.scalar("Nonesuch Journal"));
        assertEquals("3D Imaging", VenueYaml.scalar("3D Imaging"));
    }

    @Test
    void refusesDraftsItCouldNotWriteFaithfully() {
        assertThrows(IllegalArgumentException.class,
                () -> new VenueDraft(Kind.JOURNAL, "../evil", "X", null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new VenueDraft(Kind.JOURNAL, "x", "X", null, null, "about 5", null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new VenueDraft(Kind.JOURNAL, "x", "X", null, null, null, "engineering", null, null, null));
    }

    @Test
    void neverReplacesAnExistingFileUnlessAskedTo(@TempDir Path dir) throws IOException {
        VenueDraft draft = named("New Name");
        Path file = VenueYaml.fileIn(dir, draft);
        assertEquals(dir.resolve("conferences/x.yaml"), file);

        assertTrue(VenueYaml.write(file, draft, false), "a new file is written");
        Files.writeString(file, "hand-edited\n");
        assertFalse(VenueYaml.write(file, draft, false), "an existing file is kept");
        assertEquals("hand-edited\n", Files.readString(file));
        assertTrue(VenueYaml.write(file, draft, true), "overwrite replaces it");
        assertEquals(VenueYaml.text(draft), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void anOverwrittenFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        VenueDraft draft = named("New Name");
        Path file = VenueYaml.fileIn(dir, draft);
        VenueYaml.write(file, draft, false);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);

        VenueYaml.write(file, draft, true);

        assertEquals(shared, Files.getPosixFilePermissions(file));
    }
}

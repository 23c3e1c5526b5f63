package io.github.venues.cli;

import io.github.venues.testing.CliRun;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesAJournalNamedAfterItsAbbreviationThatValidatesAsItIs() throws Exception {
        ContentFolder folder = ContentFolder.withSite(tmp);
        CliRun run = CliRun.of("new", "journal", "Journal of Imaging Informatics", "--abbr", "JIII", "--content", folder.content().toString());
        Path file = folder.content().resolve("journals/jiii.yaml");
        assertEquals(List.of(file.toString()), run.outLines());
        assertEquals(0, run.exit());
        List<String> lines = Files.readAllLines(file);
        assertEquals("# yaml-language-server: $schema=../venue.schema.json", lines.get(0));
        assertTrue(lines.contains("name: Journal of Imaging Informatics"));
        assertTrue(lines.contains("abbr: JIII"));
        // Every field of a journal, in the canonical order, each under its schema description.
        List<String> keys = lines.stream().filter(l -> l.matches("(# )?[a-z_0-9]+:.*") && !l.startsWith("# yaml"))
                .map(l -> l.replaceFirst("^# ", "").replaceFirst(":.*", "")).toList();
        assertEquals(List.of("name", "abbr", "homepage", "impact_factor", "cas", "h5_index", "ccf"), keys);
        assertTrue(lines.contains("# Google Scholar Metrics h5-index."));
        assertTrue(lines.contains("# 谷歌学术 h5 指数。"));
        assertEquals(List.of(), folder.problems());
    }

    @Test
    void aConferenceHasNoJournalOnlyFieldsAndItsIdComesFromTheNameWithoutAnAbbreviation() throws Exception {
        ContentFolder folder = ContentFolder.withSite(tmp);
        CliRun run = CliRun.of("new", "conference", "Medical Imaging with Deep Learning", "--content", folder.content().toString());
        assertEquals(0, run.exit());
        String text = Files.readString(folder.content().resolve("conferences/medical-imaging-with-deep-learning.yaml"));
        assertTrue(text.contains("# abbr: \n"));
        assertTrue(!text.contains("impact_factor") && !text.contains("cas:"), text);
        assertEquals(List.of(), folder.problems());
    }

    @Test
    void aNameYamlWouldMisreadIsQuoted() throws Exception {
        ContentFolder folder = ContentFolder.withSite(tmp);
        assertEquals(0, CliRun.of("new", "conference", "Imaging: From Nano to Macro", "--abbr", "INM", "--content", folder.content().toString()).exit());
        assertTrue(Files.readString(folder.content().resolve("conferences/inm.yaml")).contains("name: \"Imaging: From Nano to Macro\"\n"));
        assertEquals(List.of(), folder.problems());
    }

    @Test
    void refusesToReplaceAVenueWithTheSameIdInEitherFolder() throws Exception {
        ContentFolder folder = ContentFolder.withSite(tmp).journal("tmi.yaml", "name: IEEE Transactions on Medical Imaging\n");
        byte[] before = Files.readAllBytes(folder.content().resolve("journals/tmi.yaml"));
        CliRun run = CliRun.of("new", "conference", "Something Else", "--abbr", "TMI", "--content", folder.content().toString());
        assertEquals(1, run.exit());
        assertEquals(List.of(folder.content().resolve("journals/tmi.yaml") + ": error: a venue with the id \"tmi\" exists; "
                + "edit that file, or choose another id with --id"), run.errLines());
        assertEquals("", run.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.content().resolve("journals/tmi.yaml"))));
        assertTrue(!Files.exists(folder.content().resolve("conferences/tmi.yaml")));
    }

    @Test
    void usageErrorsExitTwo() {
        ContentFolder folder = ContentFolder.withSite(tmp);
        String content = folder.content().toString();
        CliRun badKind = CliRun.of("new", "workshop", "X", "--content", content);
        assertEquals(2, badKind.exit());
        assertTrue(badKind.err().contains("KIND must be journal or conference, got \"workshop\""), badKind.err());
        assertEquals(2, CliRun.of("new", "journal", "--content", content).exit());
        CliRun chineseOnly = CliRun.of("new", "journal", "中华放射学杂志", "--content", content);
        assertEquals(2, chineseOnly.exit());
        assertTrue(chineseOnly.err().contains("give one with --id"), chineseOnly.err());
        assertEquals(2, CliRun.of("new", "journal", "X", "--id", "Bad_Id", "--content", content).exit());
    }
}

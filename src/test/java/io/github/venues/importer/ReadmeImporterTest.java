package io.github.venues.importer;

import io.github.venues.model.Ccf;
import io.github.venues.model.Kind;
import io.github.venues.problem.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadmeImporterTest {

    static final Path SEED = Path.of("..", "shared", "seed", "README.md");

    private static VenueDraft venue(ImportedList list, String id) {
        return list.venues().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no venue " + id + " in " + list.venues()));
    }

    private static List<String> messages(ImportedList list) {
        return list.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEveryRowOfTheSeedsHtmlTablesWithoutAProblem() throws IOException {
        ImportedList seed = ReadmeImporter.read(Files.readAllBytes(SEED), "README.md");

        assertEquals(List.of(), messages(seed));
        assertEquals(23, seed.venues().stream().filter(v -> v.kind() == Kind.JOURNAL).count());
        assertEquals(14, seed.venues().stream().filter(v -> v.kind() == Kind.CONFERENCE).count());
        assertEquals(new VenueDraft(Kind.JOURNAL, "jbhi", "IEEE Journal of Biomedical and Health Informatics", "JBHI",
                null, "5.223", "engineering", 2, 69, Ccf.C), seed.venues().get(0));
        assertEquals(new VenueDraft(Kind.JOURNAL, "journal-of-medical-imaging", "Journal of Medical Imaging", null,
                null, null, null, null, 28, null), venue(seed, "journal-of-medical-imaging"));
        assertEquals("IEEE International Symposium on Biomedical Imaging: From Nano to Macro", venue(seed, "isbi").name());
        assertEquals("MIUA", venue(seed, "miua").abbr());
    }

    @Test
    void readsGfmPipeTablesWithEnglishHeaders() {
        String readme = """
                # A list

                ## Journals

                | Name | Impact Factor | CAS | h5-index | CCF |
                |------|--------------:|-----|----------|-----|
                | IEEE Transactions on Medical Imaging (TMI) | 10.6 | Engineering & Technology, Zone 1 | 85 | B |
                | [Medical Image Analysis](https://www.journals.elsevier.com/medical-image-analysis) | 10.90 | 医学 1区 | None | None |
                | Physics in Medicine & Biology, PMB | 3.5 | None | 60 | - |

                ## Conferences

                | Conference | h5 index | CCF |
                | --- | --- | --- |
                | Medical Image Computing and Computer Assisted Intervention (MICCAI) | 61 | b |
                | Information Processing in Medical Imaging | — | |
                """;

        ImportedList list = ReadmeImporter.read(readme, "README.md");

        assertEquals(List.of(), messages(list));
        assertEquals(List.of(
                new VenueDraft(Kind.JOURNAL, "tmi", "IEEE Transactions on Medical Imaging", "TMI", null,
                        "10.6", "engineering", 1, 85, Ccf.B),
                new VenueDraft(Kind.JOURNAL, "medical-image-analysis", "Medical Image Analysis", null,
                        "https://www.journals.elsevier.com/medical-image-analysis", "10.90", "medicine", 1, null, null),
                new VenueDraft(Kind.JOURNAL, "pmb", "Physics in Medicine & Biology", "PMB", null,
                        "3.5", null, null, 60, null),
                new VenueDraft(Kind.CONFERENCE, "miccai", "Medical Image Computing and Computer Assisted Intervention",
                        "MICCAI", null, null, null, null, 61, Ccf.B),
                new VenueDraft(Kind.CONFERENCE, "information-processing-in-medical-imaging",
                        "Information Processing in Medical Imaging", null, null, null, null, null, null, null)),
                list.venues());
    }

    @Test
    void reportsEachCellItCannotUnderstandAtItsLineAndColumnAndLeavesItOut() {
        String readme = """
                ## 期刊 Journals

                <table>
                <tr><th>期刊名字</th><th>影响因子</th><th>中科院分区</th><th>h5-index</th><th>CCF分类</th></tr>

                <tr><td>Good Journal, GJ</td><td>1.5</td><td>医学 2区</td><td>10</td><td>C</td></tr>
                <tr>
                  <td>Bad Journal</td>
                  <td>about 3</td>
                  <td>天文学 2区</td>
                  <td>many</td>
                  <td>D</td>
                </tr>
                </table>
                """;

        ImportedList list = ReadmeImporter.read(readme, "README.md");

        assertEquals(List.of(
                "README.md:9:7: error: impact factor \"about 3\" is not a decimal number; left out of journals/bad-journal.yaml; write it like 5.223",
                "README.md:10:7: error: unknown CAS category \"天文学\"; left out of journals/bad-journal.yaml; known categories: "
                        + "医学, 生物学, 农林科学, 环境科学与生态学, 化学, 地球科学, 物理与天体物理, 数学, 计算机科学, 工程技术, 材料科学, "
                        + "综合性期刊, 管理学, 经济学, 心理学, 教育学, 社会学, 人文科学",
                "README.md:11:7: error: h5-index \"many\" is not a whole number; left out of journals/bad-journal.yaml; write it like 85",
                "README.md:12:7: error: CCF class \"D\" is not A, B or C; left out of journals/bad-journal.yaml"),
                messages(list));
        assertTrue(list.hasErrors());
        assertEquals(List.of(
                new VenueDraft(Kind.JOURNAL, "gj", "Good Journal", "GJ", null, "1.5", "medicine", 2, 10, Ccf.C),
                new VenueDraft(Kind.JOURNAL, "bad-journal", "Bad Journal", null, null, null, null, null, null, null)),
                list.venues());
    }

    @Test
    void pointsAtCellsOfPipeTablesToo() {
        String readme = """
                ## Conferences

                | Name | h5 |
                |---|---|
                | Fine Conference (FC) | 12 |
                | Odd Conference | 12.5 |
                """;

        ImportedList list = ReadmeImporter.read(readme, "list.md");

        assertEquals(List.of("list.md:6:20: error: h5-index \"12.5\" is not a whole number; "
                + "left out of conferences/odd-conference.yaml; write it like 85"), messages(list));
    }

    @Test
    void tellsJournalsFromConferencesByHeaderThenHeadingThenColumns() {
        String readme = """
                # Journals and Conferences

                | 会议名字 | h5 |
                |---|---|
                | Headed As A Conference | 1 |

                | Name | IF |
                |---|---|
                | Has An Impact Factor | 1.0 |

                | Name | h5 |
                |---|---|
                | Has None | 2 |

                ## 期刊

                ### Top tier

                | Name | h5 |
                |---|---|
                | Under A Journal Heading | 3 |
                """;

        ImportedList list = ReadmeImporter.read(readme, "README.md");

        assertEquals(List.of(
                "conferences/headed-as-a-conference.yaml", "journals/has-an-impact-factor.yaml",
                "conferences/has-none.yaml", "journals/under-a-journal-heading.yaml"),
                list.venues().stream().map(VenueDraft::relativePath).toList());
    }

    @Test
    void skipsARepeatedVenueAndTablesWithoutANameColumn() {
        String readme = """
                ## Journals

                | Name | h5 |
                |---|---|
                | Medical Physics | 63 |
                | Medical  physics | 63 |

                | Legend | Meaning |
                |---|---|
                | h5 | Google Scholar |
                """;

        ImportedList list = ReadmeImporter.read(readme, "README.md");

        assertEquals(1, list.venues().size());
        assertEquals(List.of(
                "README.md:6:3: error: the id \"medical-physics\" is taken by the venue on line 5; each venue is listed once; "
                        + "give the two different abbreviations if they differ; the row was skipped",
                "README.md:8:1: warning: table skipped: it has no name column; a table of venues has a column headed 期刊名字, 会议名字 or Name",
                "README.md:8:3: warning: column \"Legend\" is not imported; known columns: name, impact factor (IF, 影响因子), "
                        + "CAS (中科院分区), h5-index, CCF, homepage",
                "README.md:8:12: warning: column \"Meaning\" is not imported; known columns: name, impact factor (IF, 影响因子), "
                        + "CAS (中科院分区), h5-index, CCF, homepage"),
                messages(list));
    }

    @Test
    void aReadmeWithoutTablesIsAnError() {
        ImportedList list = ReadmeImporter.read("# Nothing here\n\nJust text.\n", "README.md");

        assertTrue(list.venues().isEmpty());
        assertTrue(list.hasErrors());
        assertFalse(list.problems().isEmpty());
    }
}

package io.github.venues.validate;

import io.github.venues.load.ContentLoader;
import io.github.venues.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Every validation rule, each on a small content folder: the exact problems a contributor sees,
 * with file, line and column.
 */
class ValidationRulesTest {

    private static final String CATEGORIES = "medicine, biology, agriculture, environment, chemistry, earth-science, physics,"
            + " mathematics, computer-science, engineering, materials, multidisciplinary, management, economics,"
            + " psychology, education, social-science, humanities";

    @TempDir
    Path project;

    private ContentFolder content() {
        return ContentFolder.withSite(project);
    }

    /** A content folder with one journal file {@code journals/x.yaml}. */
    private List<String> journal(String yaml) {
        return content().journal("x.yaml", yaml).problems();
    }

    // ---- unknown and missing keys ----

    @Test
    void anUnknownKeyCloseToAnAllowedOneSuggestsIt() {
        assertEquals(List.of("content/journals/x.yaml:2:1: error: unknown key \"h5index\"; did you mean \"h5_index\"?"),
                journal("name: Medical Physics\nh5index: 63\n"));
    }

    @Test
    void anUnknownKeyFarFromEveryAllowedOneListsTheAllowedKeys() {
        assertEquals(List.of("content/journals/x.yaml:2:1: error: unknown key \"rank\";"
                        + " allowed keys: name, abbr, homepage, impact_factor, cas, h5_index, ccf, editions"),
                journal("name: Medical Physics\nrank: 1\n"));
    }

    @Test
    void anUnknownKeyInsideCasNamesCasAndItsKeys() {
        assertEquals(List.of("content/journals/x.yaml:5:3: error: unknown key \"rank\" in cas; allowed keys: category, zone"),
                journal("name: Medical Physics\ncas:\n  category: medicine\n  zone: 3\n  rank: 1\n"));
    }

    @Test
    void aMissingNameIsAnErrorAtTheStartOfTheFile() {
        assertEquals(List.of("content/journals/x.yaml:1:1: error: missing required key \"name\";"
                        + " add name: with the full name as text, e.g. IEEE Transactions on Medical Imaging"),
                journal("abbr: TMI\nh5_index: 85\n"));
    }

    // ---- values ----

    @Test
    void anH5IndexInWordsIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:11: error: h5_index must be a whole number ≥ 0, got \"eighty\""),
                journal("name: Medical Physics\nh5_index: eighty\n"));
    }

    @Test
    void aNegativeH5IndexIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:11: error: h5_index must be a whole number ≥ 0, got -3"),
                journal("name: Medical Physics\nh5_index: -3\n"));
    }

    /** Such a number would not fit the model's int: refused, never wrapped around into another figure. */
    @Test
    void anH5IndexLargerThanAnyRealOneIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:11: error: h5_index must be a whole number ≥ 0, got 99999999999;"
                        + " at most 10000: check the figure"),
                journal("name: Medical Physics\nh5_index: 99999999999\n"));
    }

    @Test
    void aNegativeImpactFactorIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:16: error: impact_factor must be a decimal number ≥ 0, e.g. 6.685, got -1.50"),
                journal("name: Medical Physics\nimpact_factor: -1.50\n"));
    }

    @Test
    void anImpactFactorOfNoneTellsToDeleteTheLine() {
        assertEquals(List.of("content/journals/x.yaml:2:16: error: impact_factor must be a decimal number ≥ 0, e.g. 6.685,"
                        + " got \"None\"; an unknown value is left out: delete this line"),
                journal("name: Journal of Medical Imaging\nimpact_factor: None\n"));
    }

    @Test
    void aQuotedNumberIsAnErrorThatSaysToDropTheQuotes() {
        assertEquals(List.of("content/journals/x.yaml:2:11: error: h5_index must be a whole number ≥ 0, got \"63\";"
                        + " write the number without quotes"),
                journal("name: Medical Physics\nh5_index: \"63\"\n"));
    }

    @Test
    void casZoneFiveIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:4:9: error: cas.zone must be a whole number from 1 to 4, got 5"),
                journal("name: Medical Physics\ncas:\n  category: medicine\n  zone: 5\n"));
    }

    @Test
    void aCapitalisedCasCategorySuggestsTheId() {
        assertEquals(List.of("content/journals/x.yaml:3:13: error: cas.category must be one of " + CATEGORIES
                        + ", got \"Engineering\"; did you mean \"engineering\"?"),
                journal("name: Medical Physics\ncas:\n  category: Engineering\n  zone: 2\n"));
    }

    @Test
    void aChineseCasCategorySuggestsTheId() {
        assertEquals(List.of("content/journals/x.yaml:3:13: error: cas.category must be one of " + CATEGORIES
                        + ", got \"工程技术\"; did you mean \"engineering\"?"),
                journal("name: Medical Physics\ncas:\n  category: 工程技术\n  zone: 2\n"));
    }

    @Test
    void casWithoutAZoneIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:1: error: missing required key \"zone\" in cas; add zone: with a whole number from 1 to 4"),
                journal("name: Medical Physics\ncas:\n  category: medicine\n"));
    }

    @Test
    void aLowerCaseCcfClassSuggestsTheCapital() {
        assertEquals(List.of("content/journals/x.yaml:2:6: error: ccf must be one of A, B, C, got \"a\"; did you mean \"A\"?"),
                journal("name: Medical Physics\nccf: a\n"));
    }

    @Test
    void aCcfOfNoTellsToDeleteTheLine() {
        assertEquals(List.of("content/journals/x.yaml:2:6: error: ccf must be one of A, B, C, got \"no\";"
                        + " an unknown value is left out: delete this line"),
                journal("name: Medical Physics\nccf: no\n"));
    }

    @Test
    void anFtpHomepageIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:2:11: error: homepage must be an http:// or https:// address,"
                        + " got \"ftp://example.org/journal\"; only http:// and https:// addresses are allowed"),
                journal("name: Medical Physics\nhomepage: ftp://example.org/journal\n"));
    }

    @Test
    void aHomepageWithASpaceSaysSo() {
        assertEquals(List.of("content/journals/x.yaml:2:11: error: homepage must be an http:// or https:// address,"
                        + " got \"https://example.org/medical physics\"; a web address has no spaces"),
                journal("name: Medical Physics\nhomepage: https://example.org/medical physics\n"));
    }

    @Test
    void httpAndHttpsHomepagesAreAccepted() {
        Validation result = content()
                .journal("a.yaml", "name: Medical Physics\nhomepage: https://aapm.onlinelibrary.wiley.com/journal/24734209\n")
                .journal("b.yaml", "name: Radiology\nhomepage: http://pubs.rsna.org/journal/radiology?x=1#top\n")
                .validate();
        assertEquals(List.of(), result.problems());
        assertTrue(result.ok());
    }

    @Test
    void aNameWithALeadingSpaceIsAnError() {
        assertEquals(List.of("content/journals/x.yaml:1:7: error: name must be the full name as text, e.g. IEEE Transactions"
                        + " on Medical Imaging, got \" Medical Physics\"; remove the spaces at the start and end"),
                journal("name: \" Medical Physics\"\n"));
    }

    // ---- rules across fields, files and folders ----

    @Test
    void journalOnlyFieldsInAConferenceAreErrorsAtTheirKeys() {
        List<String> problems = content().conference("x.yaml",
                "name: Some Conference\nimpact_factor: 1.2\ncas:\n  category: engineering\n  zone: 2\nh5_index: 20\n").problems();
        String why = " is for journals only, and this file is a conference;"
                + " remove it, or move the file to content/journals/ if the venue is a journal";
        assertEquals(List.of(
                "content/conferences/x.yaml:2:1: error: impact_factor" + why,
                "content/conferences/x.yaml:3:1: error: cas" + why), problems);
    }

    @Test
    void aJournalOnlyEditionInAConferenceIsAnError() {
        assertEquals(List.of("content/conferences/x.yaml:3:3: error: impact_factor is for journals only, and this file is a conference;"
                        + " remove it, or move the file to content/journals/ if the venue is a journal"),
                content().conference("x.yaml", "name: Some Conference\neditions:\n  impact_factor: 2024\n").problems());
    }

    @Test
    void aFileNameThatIsNotAnIdIsAnErrorWithTheNameToUse() {
        assertEquals(List.of("content/journals/Bad_Name.yaml:1:1: error: file name \"Bad_Name\" is not a valid id:"
                        + " use lowercase letters, digits and single hyphens; rename it to \"bad-name.yaml\""),
                content().journal("Bad_Name.yaml", "name: Medical Physics\n").problems());
    }

    @Test
    void theSameIdInJournalsAndConferencesIsAnErrorOnBothFiles() {
        List<String> problems = content()
                .journal("x.yaml", "name: Medical Physics\n")
                .conference("x.yml", "name: Some Conference\n")
                .problems();
        assertEquals(List.of("content/conferences/x.yml:1:1: error: duplicate id \"x\": content/journals/x.yaml has it too;"
                        + " ids are file names and must be unique across journals and conferences",
                "content/journals/x.yaml:1:1: error: duplicate id \"x\": content/conferences/x.yml has it too;"
                        + " ids are file names and must be unique across journals and conferences"), problems);
    }

    @Test
    void theSameNameInTwoFilesIsAnErrorOnBothWhateverTheCase() {
        List<String> problems = content()
                .journal("a.yaml", "name: Medical Physics\n")
                .journal("b.yaml", "abbr: MP\nname: medical  physics\n")
                .problems();
        assertEquals(List.of("content/journals/a.yaml:1:7: error: duplicate name \"Medical Physics\": also at content/journals/b.yaml:2:7;"
                        + " each venue has one file: keep one and delete the other",
                "content/journals/b.yaml:2:7: error: duplicate name \"medical  physics\": also at content/journals/a.yaml:1:7;"
                        + " each venue has one file: keep one and delete the other"), problems);
    }

    @Test
    void theSameAbbreviationTwiceIsOnlyAWarning() {
        Validation result = content()
                .journal("a.yaml", "name: IEEE Transactions on Medical Imaging\nabbr: TMI\n")
                .journal("b.yaml", "name: Transactions on Medical Informatics\nabbr: tmi\n")
                .validate();
        assertEquals(List.of("content/journals/b.yaml:2:7: warning: abbreviation \"tmi\" is also used at content/journals/a.yaml:2:7;"
                        + " fine if two venues really share it; otherwise check for a duplicate"),
                result.problems().stream().map(Object::toString).toList());
        assertTrue(result.ok());
        assertEquals(2, result.catalog().size());
    }

    // ---- site.yaml ----

    @Test
    void aMissingSiteFileIsAnError() {
        Validation result = ContentFolder.withoutSite(project).journal("x.yaml", "name: Medical Physics\n").validate();
        assertEquals(List.of("content/site.yaml: error: missing; site.yaml holds the list's title, description, base_url, updated and editions"),
                result.problems().stream().map(Object::toString).toList());
        assertFalse(result.ok());
        assertNull(result.catalog());
    }

    @Test
    void aBaseUrlWithoutSchemeIsAnError() {
        assertEquals(List.of("content/site.yaml:9:11: error: base_url must be an https:// address ending in /,"
                        + " got \"medical-image-analysis.github.io/awesome-venues/\"; only http:// and https:// addresses are allowed"),
                content().siteLine("base_url", "base_url: medical-image-analysis.github.io/awesome-venues/")
                        .journal("x.yaml", "name: Medical Physics\n").problems());
    }

    @Test
    void aBaseUrlWithoutTheFinalSlashSaysToAddIt() {
        assertEquals(List.of("content/site.yaml:9:11: error: base_url must be an https:// address ending in /,"
                        + " got \"https://medical-image-analysis.github.io/awesome-venues\"; end it with /"),
                content().siteLine("base_url", "base_url: https://medical-image-analysis.github.io/awesome-venues")
                        .journal("x.yaml", "name: Medical Physics\n").problems());
    }

    @Test
    void anHttpRepositorySaysOnlyHttpsIsAllowed() {
        assertEquals(List.of("content/site.yaml:9:13: error: repository must be an https:// address,"
                        + " got \"http://github.com/medical-image-analysis/awesome-venues\"; use https://"),
                content().siteLine("base_url", "repository: http://github.com/medical-image-analysis/awesome-venues\n"
                                + "base_url: https://medical-image-analysis.github.io/awesome-venues/")
                        .journal("x.yaml", "name: Medical Physics\n").problems());
    }

    @Test
    void anUpdatedDateInAnotherFormatIsAnError() {
        assertEquals(List.of("content/site.yaml:10:10: error: updated must be a date written YYYY-MM-DD, got \"03.12.2026\""),
                content().siteLine("updated", "updated: 03.12.2026")
                        .journal("x.yaml", "name: Medical Physics\n").problems());
    }

    @Test
    void anUpdatedMonthThirteenIsAnError() {
        assertEquals(List.of("content/site.yaml:10:10: error: updated must be a date written YYYY-MM-DD, got \"2026-13-01\""),
                content().siteLine("updated", "updated: 2026-13-01")
                        .journal("x.yaml", "name: Medical Physics\n").problems());
    }

    @Test
    void anUpdatedDateThatDoesNotExistIsAnError() {
        Validation result = content().siteLine("updated", "updated: 2026-02-30")
                .journal("x.yaml", "name: Medical Physics\n").validate();
        assertEquals(List.of("content/site.yaml:10:10: error: updated must be a real date, got \"2026-02-30\""),
                result.problems().stream().map(Object::toString).toList());
        assertFalse(result.ok());
    }

    // ---- which files are read ----

    @Test
    void aFileThatIsNotYamlInAVenueFolderIsAWarning() {
        Validation result = content()
                .journal("x.yaml", "name: Medical Physics\n")
                .journal("notes.txt", "to do: add Radiology\n")
                .validate();
        assertEquals(List.of("content/journals/notes.txt: warning: ignored: not a .yaml file; venue files end in .yaml"),
                result.problems().stream().map(Object::toString).toList());
        assertTrue(result.ok());
        assertEquals(1, result.catalog().size());
    }

    @Test
    void editorBackupsAndHiddenFilesAreIgnoredWithANote() {
        Validation result = content()
                .journal("x.yaml", "name: Medical Physics\n")
                .journal(".#x.yaml", "this: [is: not, valid\n")
                .journal("x.yaml~", "name: Medical Physics\n")
                .journal(".x.yaml.swp", "\u0001binary")
                .journal(".hidden.yaml", "name: Medical Physics\n")
                .conference("#y.yaml#", "name: : :\n")
                .write(".DS_Store", "\u0000")
                .write("intro.en.md~", "old intro\n")
                .validate();
        String backup = ": note: ignored: an editor's backup, lock or swap file";
        String hidden = ": note: ignored: a hidden file";
        assertEquals(List.of(
                        "content/.DS_Store" + hidden,
                        "content/conferences/#y.yaml#" + backup,
                        "content/intro.en.md~" + backup,
                        "content/journals/.#x.yaml" + backup,
                        "content/journals/.hidden.yaml" + hidden,
                        "content/journals/.x.yaml.swp" + backup,
                        "content/journals/x.yaml~" + backup),
                result.problems().stream().map(Object::toString).toList());
        assertTrue(result.ok(), "notes never fail a run");
        assertEquals(0, result.warningCount(), "notes are not warnings");
        assertEquals(0, result.errorCount());
        assertEquals(List.of("x"), result.catalog().journals().stream().map(v -> v.id()).toList());
        assertEquals(List.of(), result.catalog().conferences());
        assertEquals("", result.catalog().site().intro().en(), "the backup of intro.en.md is not read as the intro");
    }

    @Test
    void aSymbolicLinkPointingOutsideTheContentFolderIsAnError() throws IOException {
        ContentFolder folder = content().journal("x.yaml", "name: Medical Physics\n");
        Path outside = Files.writeString(project.resolve("secret.yaml"), "name: Secret Journal\n");
        try {
            Files.createSymbolicLink(folder.content().resolve("journals/link.yaml"), outside);
        } catch (UnsupportedOperationException | FileSystemException e) {
            abort("this file system cannot make symbolic links: " + e);
        }
        assertEquals(List.of("content/journals/link.yaml: error: a symbolic link that points outside the content folder;"
                + " replace it with the file itself"), folder.problems());
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceInFileAndLineOrder() {
        List<String> problems = content()
                .journal("b.yaml", "name: Radiology\nccf: D\nh5_index: many\n")
                .journal("a.yaml", "h5index: 3\nname: Medical Physics\ncas:\n  category: medicine\n  zone: 0\n")
                .conference("z.yaml", "name: Some Conference\nimpact_factor: 1.0\n")
                .problems();
        assertEquals(List.of(
                "content/conferences/z.yaml:2:1: error: impact_factor is for journals only, and this file is a conference;"
                        + " remove it, or move the file to content/journals/ if the venue is a journal",
                "content/journals/a.yaml:1:1: error: unknown key \"h5index\"; did you mean \"h5_index\"?",
                "content/journals/a.yaml:5:9: error: cas.zone must be a whole number from 1 to 4, got 0",
                "content/journals/b.yaml:2:6: error: ccf must be one of A, B, C, got \"D\"",
                "content/journals/b.yaml:3:11: error: h5_index must be a whole number ≥ 0, got \"many\""), problems);
    }

    @Test
    void aContentFolderWithoutVenuesIsAnError() {
        assertEquals(List.of("content: error: no venue files found; add files such as journals/tmi.yaml or conferences/miccai.yaml"),
                content().problems());
    }

    @Test
    void theRealContentValidatesWithoutAnyProblem() {
        Validation result = new Validator().validate(new ContentLoader(Path.of("content"), Path.of("")).load());
        assertEquals(List.of(), result.problems());
        assertTrue(result.ok());
        assertEquals(37, result.catalog().size());
    }
}

package io.github.venues.load;

import io.github.venues.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How one YAML file is read: values exactly as written, and every refusal as one located problem. */
class YamlParserTest {

    private static final String PATH = "content/journals/x.yaml";

    private static Parsed parse(String yaml) {
        return YamlParser.parse(yaml.getBytes(StandardCharsets.UTF_8), PATH);
    }

    private static List<String> problems(Parsed parsed) {
        return parsed.problems().stream().map(Problem::toString).toList();
    }

    private static List<String> problems(String yaml) {
        return problems(parse(yaml));
    }

    /** Parses text that must be read without any problem. */
    private static YamlDocument document(String yaml) {
        Parsed parsed = parse(yaml);
        assertEquals(List.of(), problems(parsed));
        assertNotNull(parsed.document());
        return parsed.document();
    }

    // ---- values keep their text ----

    /** snakeyaml-engine reads 1,025 chars at a time; a surrogate pair across that edge once threw (ContentFuzzTest found it). */
    @ParameterizedTest
    @ValueSource(ints = {1023, 1024, 1025, 2049})
    void anEmojiOrARareHanCharacterWhereverItFallsIsRead(int at) {
        String padding = "A".repeat(at - "name: ".length());
        for (String c : List.of("\uD83D\uDE00", "\uD840\uDC00")) { // 😀, 𠀀 (CJK Extension B)
            Parsed parsed = parse("name: " + padding + c + " Journal\n");
            assertEquals(List.of(), problems(parsed));
            assertEquals(padding + c + " Journal", parsed.document().root().get("name").asText());
        }
    }

    @Test
    void aDecimalKeepsItsTrailingZeros() {
        BigDecimal value = document("impact_factor: 5.2230\n").root().get("impact_factor").decimalValue();
        assertEquals("5.2230", value.toPlainString());
        assertEquals(4, value.scale());
    }

    @Test
    void aDecimalIsReadExactlyNotAsABinaryDouble() {
        var node = document("impact_factor: 9.34\n").root().get("impact_factor");
        assertTrue(node.isBigDecimal(), "read as " + node.getNodeType() + " " + node.numberType());
        assertEquals(new BigDecimal("9.34"), node.decimalValue());
    }

    @Test
    void aWholeNumberIsAnInteger() {
        var node = document("h5_index: 85\n").root().get("h5_index");
        assertTrue(node.isIntegralNumber());
        assertEquals(85, node.intValue());
    }

    @Test
    void noAndOnStayStringsNotBooleans() {
        var root = document("ccf: no\nabbr: on\n").root();
        assertTrue(root.get("ccf").isTextual());
        assertEquals("no", root.get("ccf").asText());
        assertTrue(root.get("abbr").isTextual());
        assertEquals("on", root.get("abbr").asText());
    }

    @Test
    void noneStaysTheStringNone() {
        var node = document("impact_factor: None\n").root().get("impact_factor");
        assertTrue(node.isTextual());
        assertEquals("None", node.asText());
    }

    @Test
    void aLeadingZeroIsAStringNotAnOctalNumber() {
        var node = document("h5_index: 012\n").root().get("h5_index");
        assertTrue(node.isTextual());
        assertEquals("012", node.asText());
    }

    @Test
    void anExponentNumberIsAnErrorAtItsValue() {
        assertEquals(List.of(PATH + ":2:16: error: write numbers as plain decimals, got 1e3; e.g. 1000 rather than 1e3"),
                problems("name: X\nimpact_factor: 1e3\n"));
    }

    @Test
    void everyValueAndKeyKnowsWhereItStands() {
        SourceMap sources = document("name: X\ncas:\n  category: engineering\n  zone: 2\n").sources();
        assertEquals("content/journals/x.yaml:1:7", sources.valueAt("/name").toString());
        assertEquals("content/journals/x.yaml:4:3", sources.keyAt("/cas/zone").toString());
        assertEquals("content/journals/x.yaml:4:9", sources.valueAt("/cas/zone").toString());
    }

    // ---- refusals ----

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondKey() {
        Parsed parsed = parse("name: First\nh5_index: 3\nname: Second\n");
        assertEquals(List.of(PATH + ":3:1: error: duplicate key \"name\" (first on line 1); keep one of them"),
                problems(parsed));
        assertEquals("First", parsed.document().root().get("name").asText());
    }

    @Test
    void aDuplicateKeyInANestedMappingIsAnErrorToo() {
        assertEquals(List.of(PATH + ":4:3: error: duplicate key \"zone\" (first on line 3); keep one of them"),
                problems("cas:\n  category: engineering\n  zone: 1\n  zone: 2\n"));
    }

    @Test
    void anAnchorIsRejectedOnce() {
        assertEquals(List.of(PATH + ":1:7: error: anchors and aliases (&a) are not allowed; write the value out in full"),
                problems("name: &a X\nabbr: *a\n"));
    }

    @Test
    void anAnchoredMappingIsRejected() {
        assertEquals(List.of(PATH + ":2:6: error: anchors and aliases (&c) are not allowed; write the value out in full"),
                problems("name: X\ncas: &c\n  category: engineering\n  zone: 1\n"));
    }

    @Test
    void aPythonObjectTagIsRejectedWithoutRunningAnything() {
        assertEquals(List.of(PATH + ":1:7: error: YAML tags such as !!python/object:os.system are not allowed;"
                        + " remove the tag and write a plain value"),
                problems("name: !!python/object:os.system [echo]\n"));
    }

    /** Found by reading the composer: these threw NumberFormatException or were silently false or null. */
    @ParameterizedTest
    @ValueSource(strings = {"h5_index: !!int abc", "impact_factor: !!float six", "ccf: !!bool maybe", "abbr: !!null X",
            "h5_index: !!int 012"})
    void aStandardTagOnAValueOfAnotherFormIsRefusedAtTheValue(String line) {
        String tag = line.substring(line.indexOf("!!"), line.indexOf(' ', line.indexOf("!!")));
        assertEquals(List.of(PATH + ":2:" + (line.indexOf("!!") + 1) + ": error: YAML tags such as " + tag
                        + " are not allowed; remove the tag and write a plain value"),
                problems("name: X\n" + line + "\n"));
    }

    @Test
    void aStandardTagOnAValueOfItsOwnFormIsJustThatValue() {
        YamlDocument doc = document("name: X\nh5_index: !!int 12\nimpact_factor: !!float 5.20\n");
        assertEquals(12, doc.root().get("h5_index").intValue());
        assertEquals("5.20", doc.root().get("impact_factor").decimalValue().toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.inf", ".nan"})
    void infinityAndNotANumberAreNotFigures(String value) {
        assertEquals(List.of(PATH + ":2:16: error: write numbers as plain decimals, got " + value
                        + "; a figure that is not known is left out"),
                problems("name: X\nimpact_factor: " + value + "\n"));
    }

    @Test
    void aCustomTagIsRejected() {
        assertEquals(List.of(PATH + ":2:11: error: YAML tags such as !foo are not allowed; remove the tag and write a plain value"),
                problems("name: X\nh5_index: !foo 3\n"));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() {
        YamlDocument doc = document("\uFEFFname: X\r\nimpact_factor: 5.2230\r\nh5_index: 3\r\n");
        assertEquals("X", doc.root().get("name").asText());
        assertEquals("5.2230", doc.root().get("impact_factor").decimalValue().toPlainString());
        assertEquals(3, doc.root().get("h5_index").intValue());
        assertEquals(PATH + ":3:11", doc.sources().valueAt("/h5_index").toString());
        assertTrue(!doc.raw().startsWith("\uFEFF"), "the BOM is removed from the raw text");
    }

    @Test
    void aByteOrderMarkDoesNotShiftColumns() {
        assertEquals(List.of(PATH + ":1:7: error: YAML tags such as !foo are not allowed; remove the tag and write a plain value"),
                problems("\uFEFFname: !foo X\n"));
    }

    @Test
    void invalidUtf8IsAnErrorAtTheBadByte() {
        byte[] latin1 = "name: X\nabbr: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Parsed parsed = YamlParser.parse(latin1, PATH);
        assertNull(parsed.document());
        assertEquals(List.of(PATH + ":2:10: error: the file is not UTF-8 (bad byte 0xE9 at offset 17); save it as UTF-8"),
                problems(parsed));
    }

    @Test
    void invalidUtf8OnTheFirstLineAfterAByteOrderMarkIsLocatedAsAnEditorShowsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("name: Caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.write('\n');
        assertEquals(List.of(PATH + ":1:10: error: the file is not UTF-8 (bad byte 0xE9 at offset 12); save it as UTF-8"),
                problems(YamlParser.parse(bytes.toByteArray(), PATH)));
    }

    @Test
    void aListAsTheRootIsAnError() {
        Parsed parsed = parse("- name: X\n- name: Y\n");
        assertNull(parsed.document());
        assertEquals(List.of(PATH + ":1:1: error: the file must be a mapping of keys (name: ..., h5_index: ...), found a list"),
                problems(parsed));
    }

    @Test
    void aScalarAsTheRootIsAnError() {
        assertEquals(List.of(PATH + ":1:1: error: the file must be a mapping of keys (name: ..., h5_index: ...), found a single value \"Medical Physics\""),
                problems("Medical Physics\n"));
    }

    @Test
    void anEmptyFileIsAnError() {
        Parsed parsed = parse("");
        assertNull(parsed.document());
        assertEquals(List.of(PATH + ":1:1: error: the file is empty; a content file is a mapping of keys, starting with name: ..."),
                problems(parsed));
    }

    @Test
    void aFileOfOnlyCommentsIsEmpty() {
        assertEquals(List.of(PATH + ":1:1: error: the file is empty; a content file is a mapping of keys, starting with name: ..."),
                problems("# yaml-language-server: $schema=../venue.schema.json\n"));
    }

    @Test
    void bytesOverTheLimitAreAnErrorWithoutParsing() {
        byte[] big = new byte[YamlParser.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        assertEquals(List.of(PATH + ":1:1: error: file is too large (1,048,577 bytes); content files are at most 1,048,576 bytes"),
                problems(YamlParser.parse(big, PATH)));
    }

    @Test
    void aFileOverTheLimitIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.yaml");
        byte[] big = new byte[YamlParser.MAX_BYTES + 10];
        Arrays.fill(big, (byte) '#');
        Files.write(file, big);
        assertEquals(List.of(PATH + ":1:1: error: file is too large (1,048,586 bytes); content files are at most 1,048,576 bytes"),
                problems(YamlParser.parse(file, PATH)));
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() {
        byte[] text = "name: X\n".getBytes(StandardCharsets.US_ASCII);
        byte[] padded = Arrays.copyOf(text, YamlParser.MAX_BYTES);
        Arrays.fill(padded, text.length, padded.length, (byte) ' ');
        Parsed parsed = YamlParser.parse(padded, PATH);
        assertEquals(List.of(), problems(parsed));
        assertEquals("X", parsed.document().root().get("name").asText());
    }

    /** Nine aliases of nine aliases of ... of nine strings: a billion strings if expanded. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String alias = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, alias))).append("]\n");
        }
        return yaml.toString();
    }

    private static List<String> problemsWithin(Duration limit, String yaml) {
        return assertTimeoutPreemptively(limit, () -> problems(yaml));
    }

    @Test
    void aBillionLaughsAliasBombEndsAtTheAliasPastTheLimit() {
        // line 2 holds nine aliases; the second one on line 3 is the eleventh
        assertEquals(List.of(PATH + ":3:11: error: more than 10 aliases (*b): anchors and aliases are not allowed;"
                        + " write the values out in full"),
                problemsWithin(Duration.ofSeconds(10), billionLaughs()));
    }

    @Test
    void fiveThousandLevelsOfFlowListsEndAtTheLevelPastTheLimit() {
        // the mapping is level 1, so the twentieth '[' (column 23) opens level 21
        assertEquals(List.of(PATH + ":1:23: error: nested more than 20 levels deep;"
                        + " a content file needs two levels at most, as in cas: {zone: 1}"),
                problemsWithin(Duration.ofSeconds(10), "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n"));
    }

    @Test
    void fiveThousandLevelsOfFlowMappingsEndAtTheLevelPastTheLimit() {
        assertEquals(List.of(PATH + ":1:81: error: nested more than 20 levels deep;"
                        + " a content file needs two levels at most, as in cas: {zone: 1}"),
                problemsWithin(Duration.ofSeconds(10), "{a: ".repeat(5000) + "}".repeat(5000) + "\n"));
    }

    @Test
    void fiveThousandLevelsOfBlockListsEndAtTheLevelPastTheLimit() {
        assertEquals(List.of(PATH + ":1:41: error: nested more than 20 levels deep;"
                        + " a content file needs two levels at most, as in cas: {zone: 1}"),
                problemsWithin(Duration.ofSeconds(10), "- ".repeat(5000) + "x\n"));
    }

    @Test
    void fiveThousandLevelsOfIndentedMappingsEndAtTheLineOfTheLevelPastTheLimit() {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 5000; level++) {
            yaml.append(" ".repeat(level)).append("a:\n");
        }
        assertEquals(List.of("x.yaml:1:1: error: file is too large (12,512,500 bytes); content files are at most 1,048,576 bytes"),
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(YamlParser.parse(yaml.toString().getBytes(StandardCharsets.UTF_8), "x.yaml"))),
                "five thousand indented levels do not fit in a file");
        assertEquals(List.of(PATH + ":21:21: error: nested more than 20 levels deep;"
                        + " a content file needs two levels at most, as in cas: {zone: 1}"),
                problemsWithin(Duration.ofSeconds(10), yaml.substring(0, 500_000)));
    }

    @Test
    void twentyLevelsAreRead() {
        Parsed parsed = parse("a: " + "[".repeat(19) + "1" + "]".repeat(19) + "\n");
        assertEquals(List.of(), problems(parsed));
        assertEquals(1, parsed.document().root().at("/a" + "/0".repeat(19)).intValue());
    }

    @Test
    void aHundredThousandLinesEndAtTheFirstLinePastTheLimit() {
        assertEquals(List.of(PATH + ":10001:1: error: the file has more than 10,000 lines; content files are at most 10,000 lines"),
                problemsWithin(Duration.ofSeconds(10), "name: X\n" + "# comment\n".repeat(100_000)));
    }

    @Test
    void tenThousandLinesAreRead() {
        Parsed parsed = parse("name: X\n" + "#\n".repeat(YamlParser.MAX_LINES - 1));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void aFlowMappingOfNinetyThousandKeysEndsAtTheValuePastTheLimit() {
        StringBuilder yaml = new StringBuilder("{");
        for (int i = 0; i < 90_000; i++) yaml.append('k').append(i).append(": 1, ");
        yaml.append("}\n");
        // The mapping counts as one: the 1,000th scalar past it is the value of k499, column 2 + 7 * 10 + 8 * 90 + 9 * 399 + 6
        assertEquals(List.of(PATH + ":1:4389: error: more than 1,000 keys and values; a content file is a short mapping"),
                problemsWithin(Duration.ofSeconds(10), yaml.toString()));
    }

    @Test
    void aNulByteIsAnErrorAtItsPlace() {
        assertEquals(List.of(PATH + ":2:9: error: the file contains the control character U+0000 (NULL);"
                        + " remove it: a content file holds text, tabs and line breaks only"),
                problems("name: X\nabbr: AB\u0000C\n"));
    }

    @Test
    void otherControlCharactersAreErrorsAtTheirPlace() {
        assertEquals(List.of(PATH + ":1:8: error: the file contains the control character U+001B (ESCAPE);"
                        + " remove it: a content file holds text, tabs and line breaks only"),
                problems("name: X\u001B[31m\n"));
        assertEquals(List.of(PATH + ":1:8: error: the file contains the control character U+007F (DELETE);"
                        + " remove it: a content file holds text, tabs and line breaks only"),
                problems("name: 医\u007F\n"));
    }

    @Test
    void aTabInsideAValueIsText() {
        assertEquals("A\tB", document("name: \"A\tB\"\n").root().get("name").asText());
    }

    @Test
    void aFileOfThirtyMegabytesIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.yaml");
        byte[] block = "name: Medical Physics\n".repeat(1 << 15).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 44; i++) out.write(block);
        }
        assertEquals(List.of(PATH + ":1:1: error: file is too large (31,719,424 bytes); content files are at most 1,048,576 bytes"),
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(YamlParser.parse(file, PATH))));
    }

    @Test
    void aTabIndentIsASyntaxErrorWithAHint() {
        assertEquals(List.of(PATH + ":2:1: error: not valid YAML: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation) (while scanning for the next token); indent with spaces, not tabs"),
                problems("name: X\n\th5_index: 3\n"));
    }

    @Test
    void anUnquotedColonInAValueIsASyntaxErrorWithAHint() {
        assertEquals(List.of(PATH + ":1:49: error: not valid YAML: mapping values are not allowed here;"
                        + " a value that contains \": \" must be put in double quotes"),
                problems("name: IEEE International Symposium on Biomedical: From Nano to Macro\n"));
    }
}

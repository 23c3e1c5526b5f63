package io.github.venues.load;

import io.github.venues.problem.Problem;
import org.junit.jupiter.api.Test;
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
        assertEquals(List.of(PATH + ":1:7: error: YAML tags such as tag:yaml.org,2002:python/object:os.system are not allowed;"
                        + " remove the tag and write a plain value"),
                problems("name: !!python/object:os.system [echo]\n"));
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

    @Test
    void aBillionLaughsAliasBombEndsAsOneErrorQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String alias = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, alias))).append("]\n");
        }
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(yaml.toString()));
        assertEquals(List.of(PATH + ":1:1: error: not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=10"),
                problems);
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

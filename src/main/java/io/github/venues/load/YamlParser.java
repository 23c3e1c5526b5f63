package io.github.venues.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.venues.problem.Location;
import io.github.venues.problem.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one YAML file strictly and safely into a {@link YamlDocument}.
 *
 * <p>It composes a node tree with snakeyaml-engine (YAML 1.2, JSON schema: {@code no}, {@code on}
 * and {@code None} stay strings, {@code 012} is not octal) and never constructs objects, so no
 * tag can instantiate anything. It then turns the nodes into a JSON tree itself, which keeps
 * numbers exactly as written ({@code 5.2230} stays {@code 5.2230}), the location of every key and
 * value, and lets it reject what a venue file never needs: duplicate keys, anchors and aliases,
 * custom tags, exponent numbers and deep nesting.
 *
 * <p>Hostile input ends as one located problem, read in bounded time and memory: a file over
 * {@link #MAX_BYTES} is not read at all; one over {@link #MAX_LINES} lines, or holding a character
 * YAML does not allow (NUL, other control characters), is refused before parsing; while composing,
 * {@link LimitedParser} stops at {@link #MAX_DEPTH} levels of nesting, {@link #MAX_VALUES} values or
 * {@link #MAX_ALIASES} aliases.
 */
public final class YamlParser {

    /** A venue file is a dozen lines; a file this large is a mistake or an attack. */
    public static final int MAX_BYTES = 1 << 20;
    /** Lines, for the same reason: a file of blank lines or comments can be small in bytes yet long. */
    public static final int MAX_LINES = 10_000;
    /** A venue file nests two levels ({@code cas: {zone: 1}}); more is never needed. */
    public static final int MAX_DEPTH = 20;
    /** Keys, values and list items together: a venue file has about thirty. */
    public static final int MAX_VALUES = 1_000;
    /** Aliases are refused anyway; past this many, reading stops (an alias bomb). */
    public static final int MAX_ALIASES = 10;

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    /** Shared by every file (settings are immutable); our messages name the file themselves. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_BYTES)
            .build();
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private YamlParser() {
    }

    /** Reads and parses a file; {@code path} is how messages name it. A file over the limit is not read. */
    public static Parsed parse(Path file, String path) {
        return parse(SourceText.read(file, path, MAX_BYTES, MAX_LINES), path);
    }

    /** Parses the bytes of a file; {@code path} is how messages name it. */
    public static Parsed parse(byte[] bytes, String path) {
        return parse(SourceText.decode(bytes, path, MAX_BYTES, MAX_LINES), path);
    }

    private static Parsed parse(SourceText.Read read, String path) {
        if (read.problem() != null) return failed(read.problem());
        String text = read.text();

        Optional<Node> root;
        try {
            LimitedParser parser = new LimitedParser(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, new OneShortReader(text))), path);
            root = new Composer(SETTINGS, parser).getSingleNode();
        } catch (LimitedParser.LimitExceeded e) {
            return failed(e.problem);
        } catch (MarkedYamlEngineException e) {
            return failed(syntaxProblem(e, path));
        } catch (YamlEngineException e) {
            return failed(Problem.error(new Location(path, 1, 1), "not valid YAML: " + e.getMessage()));
        }
        if (root.isEmpty()) {
            return failed(Problem.error(new Location(path, 1, 1), "the file is empty",
                    "a content file is a mapping of keys, starting with name: ..."));
        }
        Node node = root.get();
        if (!(node instanceof MappingNode)) {
            return failed(Problem.error(at(path, node.getStartMark()),
                    "the file must be a mapping of keys (name: ..., h5_index: ...), found " + kindOf(node)));
        }
        Converter converter = new Converter(path);
        JsonNode tree = converter.convert(node, "");
        return new Parsed(new YamlDocument(path, tree, converter.sources, text), converter.problems);
    }

    /**
     * snakeyaml-engine 2.10's {@code StreamReader} fills its whole buffer (1,025 chars), then reads
     * one more char when the last one is the first half of a surrogate pair, past the buffer's end:
     * an emoji or a rare Chinese character at that spot threw IndexOutOfBoundsException (found by
     * ContentFuzzTest). Filling one char less leaves the room it needs.
     */
    static final class OneShortReader extends Reader {
        private final StringReader in;

        OneShortReader(String text) {
            this.in = new StringReader(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            boolean wholeBuffer = offset == 0 && length == buffer.length && length > 1;
            return in.read(buffer, offset, wholeBuffer ? length - 1 : length);
        }

        @Override
        public void close() {
            in.close();
        }
    }

    private static Parsed failed(Problem p) {
        return new Parsed(null, List.of(p));
    }

    private static Problem syntaxProblem(MarkedYamlEngineException e, String path) {
        Location where = e.getProblemMark().map(m -> at(path, Optional.of(m)))
                .orElse(e.getContextMark().map(m -> at(path, Optional.of(m))).orElse(new Location(path, 1, 1)));
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String message = "not valid YAML: " + problem
                + (e.getContext() == null ? "" : " (" + e.getContext() + ")");
        String hint = null;
        if (problem.contains("mapping values are not allowed")) {
            hint = "a value that contains \": \" must be put in double quotes";
        } else if (problem.contains("found character '\\t'") || problem.contains("\\t")) {
            hint = "indent with spaces, not tabs";
        } else if (problem.contains("duplicate")) {
            hint = null;
        }
        return Problem.error(where, message, hint);
    }

    private static String kindOf(Node node) {
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof ScalarNode s) return "a single value \"" + abbreviate(s.getValue()) + "\"";
        return "something else";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static Location at(String path, Optional<Mark> mark) {
        return mark.map(m -> new Location(path, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Location(path, 1, 1));
    }

    /** Turns composed nodes into JSON nodes, recording locations and problems as it goes. */
    private static final class Converter {
        final String path;
        final SourceMap sources;
        final List<Problem> problems = new ArrayList<>();
        final Set<Node> anchored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Converter(String path) {
            this.path = path;
            this.sources = new SourceMap(path);
        }

        /** Recursive, but no deeper than {@link #MAX_DEPTH}: {@link LimitedParser} stopped deeper files. */
        JsonNode convert(Node node, String pointer) {
            sources.putValue(pointer, at(path, node.getStartMark()));
            if (node.getAnchor().isPresent()) {
                // An alias is the anchored node itself, at the anchor's place: report that place once.
                if (!anchored.add(node)) {
                    sources.markReported(pointer);
                    return JSON.nullNode();
                }
                return report(node, pointer, "anchors and aliases (&" + node.getAnchor().get().getValue() + ") are not allowed",
                        "write the value out in full");
            }
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar, pointer);
            }
            if (node instanceof SequenceNode seq) {
                if (!Tag.SEQ.equals(seq.getTag())) return badTag(node, pointer);
                ArrayNode array = JSON.arrayNode();
                int i = 0;
                for (Node item : seq.getValue()) {
                    array.add(convert(item, pointer + "/" + i++));
                }
                return array;
            }
            MappingNode map = (MappingNode) node;
            if (!Tag.MAP.equals(map.getTag())) return badTag(node, pointer);
            ObjectNode object = JSON.objectNode();
            Map<String, Integer> firstLine = new HashMap<>();
            for (NodeTuple entry : map.getValue()) {
                Node keyNode = entry.getKeyNode();
                Location keyAt = at(path, keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode keyScalar) || !Tag.STR.equals(keyNode.getTag())) {
                    problems.add(Problem.error(keyAt, "a key must be a plain word such as name or h5_index"));
                    continue;
                }
                String key = keyScalar.getValue();
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                Integer first = firstLine.putIfAbsent(key, keyAt.line());
                if (first != null) {
                    problems.add(Problem.error(keyAt, "duplicate key \"" + key + "\" (first on line " + first + ")",
                            "keep one of them"));
                    continue;
                }
                sources.putKey(child, keyAt);
                object.set(SourceMap.shared(key), convert(entry.getValueNode(), child));
            }
            return object;
        }

        private JsonNode scalar(ScalarNode node, String pointer) {
            Tag tag = node.getTag();
            String value = node.getValue();
            if (!PLAIN_TAGS.contains(tag)) return badTag(node, pointer);
            if (Tag.STR.equals(tag)) return JSON.textNode(value);
            // An explicit tag gives any text any type (h5_index: !!int abc): only the forms that
            // YAML's JSON schema reads untagged are values; the rest are refused, not guessed at.
            if (!untaggedForm(tag, value)) return badTag(node, pointer);
            if (Tag.NULL.equals(tag)) return JSON.nullNode();
            if (Tag.BOOL.equals(tag)) return JSON.booleanNode(value.equals("true"));
            if (Tag.INT.equals(tag)) return integer(value);
            if (value.endsWith("inf") || value.endsWith("nan")) {
                problems.add(Problem.error(at(path, node.getStartMark()), "write numbers as plain decimals, got " + value,
                        "a figure that is not known is left out"));
                sources.markReported(pointer);
                return JSON.textNode(value);
            }
            if (value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
                problems.add(Problem.error(at(path, node.getStartMark()),
                        "write numbers as plain decimals, got " + value, "e.g. 1000 rather than 1e3"));
                sources.markReported(pointer);
                return JSON.textNode(value);
            }
            return JSON.numberNode(new BigDecimal(value));
        }

        private static boolean untaggedForm(Tag tag, String value) {
            if (Tag.NULL.equals(tag)) return value.isEmpty() || JsonScalarResolver.NULL.matcher(value).matches();
            if (Tag.BOOL.equals(tag)) return JsonScalarResolver.BOOL.matcher(value).matches();
            if (Tag.INT.equals(tag)) return JsonScalarResolver.INT.matcher(value).matches();
            return JsonScalarResolver.FLOAT.matcher(value).matches();
        }

        /**
         * A long when it fits (a few bytes per file kept to the end of the build), else a
         * BigInteger. The value has the untagged integer form: 18 characters always fit a long.
         */
        private static JsonNode integer(String value) {
            return value.length() <= 18 ? JSON.numberNode(Long.parseLong(value)) : JSON.numberNode(new BigInteger(value));
        }

        private JsonNode badTag(Node node, String pointer) {
            String tag = node.getTag().getValue();
            if (tag.startsWith(Tag.PREFIX)) tag = "!!" + tag.substring(Tag.PREFIX.length()); // as it was written
            return report(node, pointer, "YAML tags such as " + tag + " are not allowed",
                    "remove the tag and write a plain value");
        }

        private JsonNode report(Node node, String pointer, String message, String hint) {
            problems.add(Problem.error(at(path, node.getStartMark()), message, hint));
            sources.markReported(pointer);
            return JSON.nullNode();
        }
    }
}

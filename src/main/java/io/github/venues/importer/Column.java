package io.github.venues.importer;

import io.github.venues.model.Kind;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a table column holds, recognised by its header in Chinese or English, whatever the case. */
enum Column {
    NAME("name"),
    IMPACT_FACTOR("impact factor"),
    CAS("CAS partition"),
    H5_INDEX("h5-index"),
    CCF("CCF class"),
    HOMEPAGE("homepage");

    private static final Set<String> JOURNAL_NAMES = Set.of("期刊名字", "期刊名称", "期刊", "journal", "journals",
            "journal name");
    private static final Set<String> CONFERENCE_NAMES = Set.of("会议名字", "会议名称", "会议", "conference", "conferences",
            "conference name");
    private static final Set<String> OTHER_NAMES = Set.of("名称", "名字", "name", "venue", "venue name", "title");
    private static final Set<String> HOMEPAGES = Set.of("homepage", "home page", "主页", "官网", "website", "url", "link", "链接");
    /** "IF" as a word of its own, e.g. {@code 2019-2020最新IF} or {@code IF (2020)}; also JIF. */
    private static final Pattern IF_WORD = Pattern.compile("(?<![A-Za-z])J?IF(?![A-Za-z])");
    private static final Pattern CAS_WORD = Pattern.compile("(?<![a-z])cas(?![a-z])");

    private final String label;

    Column(String label) {
        this.label = label;
    }

    /** How messages name the column. */
    String label() {
        return label;
    }

    /** The column a header names; empty for a column the importer does not know. */
    static Optional<Column> of(String header) {
        String h = normalize(header);
        if (JOURNAL_NAMES.contains(h) || CONFERENCE_NAMES.contains(h) || OTHER_NAMES.contains(h)) return Optional.of(NAME);
        if (h.contains("h5")) return Optional.of(H5_INDEX);
        if (h.contains("ccf")) return Optional.of(CCF);
        if (h.contains("中科院") || CAS_WORD.matcher(h).find()) return Optional.of(CAS);
        if (h.equals("if") || IF_WORD.matcher(header).find() || h.contains("impact factor") || h.contains("impact_factor")
                || h.contains("影响因子")) {
            return Optional.of(IMPACT_FACTOR);
        }
        if (HOMEPAGES.contains(h)) return Optional.of(HOMEPAGE);
        return Optional.empty();
    }

    /** The kind a name column's header names ({@code 期刊名字}, {@code Conference}), or {@code null}. */
    static Kind kindOfNameHeader(String header) {
        String h = normalize(header);
        if (JOURNAL_NAMES.contains(h)) return Kind.JOURNAL;
        if (CONFERENCE_NAMES.contains(h)) return Kind.CONFERENCE;
        return null;
    }

    private static String normalize(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

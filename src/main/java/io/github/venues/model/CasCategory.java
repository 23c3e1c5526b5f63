package io.github.venues.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The broad categories (大类) of the CAS journal partition. The ids are the values allowed in
 * {@code cas.category}; the schema's enum lists the same ids (a test keeps them equal).
 */
public enum CasCategory {
    MEDICINE("medicine", "医学", "Medicine"),
    BIOLOGY("biology", "生物学", "Biology"),
    AGRICULTURE("agriculture", "农林科学", "Agricultural & Forestry Sciences"),
    ENVIRONMENT("environment", "环境科学与生态学", "Environmental Science & Ecology"),
    CHEMISTRY("chemistry", "化学", "Chemistry"),
    EARTH_SCIENCE("earth-science", "地球科学", "Earth Sciences"),
    PHYSICS("physics", "物理与天体物理", "Physics & Astrophysics"),
    MATHEMATICS("mathematics", "数学", "Mathematics"),
    COMPUTER_SCIENCE("computer-science", "计算机科学", "Computer Science"),
    ENGINEERING("engineering", "工程技术", "Engineering & Technology"),
    MATERIALS("materials", "材料科学", "Materials Science"),
    MULTIDISCIPLINARY("multidisciplinary", "综合性期刊", "Multidisciplinary"),
    MANAGEMENT("management", "管理学", "Management"),
    ECONOMICS("economics", "经济学", "Economics"),
    PSYCHOLOGY("psychology", "心理学", "Psychology"),
    EDUCATION("education", "教育学", "Education"),
    SOCIAL_SCIENCE("social-science", "社会学", "Social Sciences"),
    HUMANITIES("humanities", "人文科学", "Humanities");

    private final String id;
    private final Text label;

    CasCategory(String id, String zh, String en) {
        this.id = id;
        this.label = new Text(zh, en);
    }

    /** The id written in venue files, e.g. {@code computer-science}. */
    public String id() {
        return id;
    }

    public Text label() {
        return label;
    }

    public static Optional<CasCategory> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** Finds a category by its Chinese or English label, as old lists write it ({@code 工程技术}). */
    public static Optional<CasCategory> byLabel(String label) {
        String l = label.trim();
        return Arrays.stream(values())
                .filter(c -> c.label.zh().equals(l) || c.label.en().equalsIgnoreCase(l) || c.id.equals(l))
                .findFirst();
    }
}

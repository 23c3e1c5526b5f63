package io.github.venues.model;

/**
 * Every label the outputs show, in Chinese and English. The site, the README and the exports
 * take their words from here, so nothing is translated twice. Category labels live on
 * {@link CasCategory}, class labels on {@link Ccf}.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static final Text JOURNAL = new Text("期刊", "Journal");
    public static final Text JOURNALS = new Text("期刊", "Journals");
    public static final Text CONFERENCE = new Text("会议", "Conference");
    public static final Text CONFERENCES = new Text("会议", "Conferences");

    public static final Text NAME = new Text("名称", "Name");
    public static final Text ABBR = new Text("缩写", "Abbreviation");
    public static final Text HOMEPAGE = new Text("主页", "Homepage");
    public static final Text IMPACT_FACTOR = new Text("影响因子", "Impact factor");
    public static final Text CAS = new Text("中科院分区", "CAS partition");
    public static final Text CAS_CATEGORY = new Text("中科院大类", "CAS category");
    public static final Text CAS_ZONE = new Text("中科院分区等级", "CAS zone");
    public static final Text H5_INDEX = new Text("h5 指数", "h5-index");
    public static final Text CCF = new Text("CCF 分类", "CCF class");

    public static final Text UNKNOWN = new Text("未知", "unknown");

    public static final Text EDITIONS = new Text("数据版本", "Editions");
    public static final Text EDITION_IMPACT_FACTOR = new Text("JCR", "JCR");
    public static final Text EDITION_CAS = new Text("中科院分区", "CAS partition");
    public static final Text EDITION_H5 = new Text("谷歌学术指标", "Google Scholar Metrics");
    public static final Text EDITION_CCF = new Text("CCF 推荐目录", "CCF catalogue");
    public static final Text UPDATED = new Text("更新于", "Last updated");

    /** {@code 1区} / {@code Zone 1}. */
    public static Text zone(int zone) {
        return new Text(zone + "区", "Zone " + zone);
    }
}

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
    /** Edition names; {@code {year}} is the edition's year. */
    public static final Text EDITION_IMPACT_FACTOR = new Text("JCR {year}", "JCR {year}");
    public static final Text EDITION_CAS = new Text("{year} 年版", "{year} edition");
    public static final Text EDITION_H5 = new Text("谷歌学术指标 {year}", "Google Scholar Metrics {year}");
    public static final Text EDITION_CCF = new Text("CCF 推荐目录 {year}", "CCF catalogue {year}");
    public static final Text UPDATED = new Text("更新于", "Last updated");

    public static final Text LANGUAGE_NAME = new Text("中文", "English");
    public static final Text INTRO = new Text("简介", "About");
    public static final Text NOTES = new Text("说明", "Notes");
    public static final Text FILTERS = new Text("筛选", "Filter");
    public static final Text SEARCH = new Text("搜索名称或缩写", "Search name or abbreviation");
    public static final Text ALL = new Text("全部", "All");
    public static final Text NO_CCF = new Text("无 CCF 分类", "No CCF class");
    public static final Text NO_CAS = new Text("无分区", "No CAS partition");
    public static final Text FILTER_CAS_ZONE = new Text("中科院分区（期刊）", "CAS zone (journals)");
    public static final Text FILTER_CAS_CATEGORY = new Text("中科院大类（期刊）", "CAS category (journals)");
    public static final Text RESET = new Text("清除筛选", "Clear filters");
    /** Live counts; {@code {shown}} and {@code {total}} are filled in by the page's script. */
    public static final Text COUNT_JOURNALS = new Text("显示 {shown} / {total} 个期刊", "{shown} of {total} journals");
    public static final Text COUNT_CONFERENCES = new Text("显示 {shown} / {total} 个会议", "{shown} of {total} conferences");
    /** Under a long table; {@code {rest}} is how many matching rows are not shown yet. */
    public static final Text SHOW_MORE = new Text("显示更多（还有 {rest} 条）", "Show more ({rest} not shown yet)");
    /** A long table without JavaScript shows its first rows only; {@code {shown}} of {@code {total}}. */
    public static final Text LONG_LIST = new Text(
            "列表较长：此处只显示前 {shown} 条，共 {total} 条。启用 JavaScript 可查看、排序和筛选全部条目，也可下载下方的 CSV 表格。",
            "This list is long: the first {shown} of {total} are shown. Turn on JavaScript to see, sort and filter all of them, or download the CSV spreadsheet below.");
    public static final Text SORT_HINT = new Text("点击表头排序，再次点击反转顺序。", "Select a column heading to sort; select it again to reverse.");
    public static final Text DATA = new Text("数据", "Data");
    public static final Text DATA_JSON = new Text("JSON 数据", "JSON data");
    public static final Text DATA_CSV = new Text("CSV 表格", "CSV spreadsheet");
    public static final Text DATA_SCHEMA = new Text("数据格式（JSON Schema）", "Data format (JSON Schema)");
    public static final Text SOURCE = new Text("源代码与贡献", "Source and contributing");
    public static final Text SITE = new Text("网站", "Website");
    public static final Text NOT_FOUND = new Text("页面不存在", "Page not found");
    public static final Text BACK_HOME = new Text("返回首页", "Back to the list");

    /** An edition's name for a year: {@code edition(EDITION_H5, 2020, "en")} → {@code Google Scholar Metrics 2020}. */
    public static String edition(Text name, int year, String lang) {
        return name.in(lang).replace("{year}", String.valueOf(year));
    }

    /** {@code 1区} / {@code Zone 1}. */
    public static Text zone(int zone) {
        return new Text(zone + "区", "Zone " + zone);
    }
}

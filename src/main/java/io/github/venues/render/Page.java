package io.github.venues.render;

import java.util.List;
import java.util.Map;

/**
 * Everything one language's page shows, prepared so that the template only arranges it.
 *
 * @param lang        {@code en} or {@code zh}
 * @param htmlLang    the {@code lang} attribute ({@code en}, {@code zh-CN})
 * @param root        relative path from the page to the site root ({@code ""} or {@code ../})
 * @param canonical   absolute URL of this page
 * @param alternates  hreflang → absolute URL, for both languages
 * @param otherHref   relative link to the other language's page
 * @param t           every label in this page's language, by name (see {@link Pages#labels})
 * @param introHtml   the introduction rendered from Markdown
 */
public record Page(String lang, String htmlLang, String root, String canonical,
                   Map<String, String> alternates, String otherLang, String otherHref,
                   String title, String description, String introHtml, String notesHtml,
                   List<Table> tables, List<Option> ccfOptions, List<Option> zoneOptions,
                   List<Option> categoryOptions, List<String> editions, String updated,
                   String repository, Map<String, String> t) {
}

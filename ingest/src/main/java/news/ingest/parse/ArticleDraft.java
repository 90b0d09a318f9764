package news.ingest.parse;

import java.time.Instant;

/**
 * What a format parser found for one article, before the id and the provenance are added.
 *
 * @param titleSource {@code headline} when the document names its title, {@code derived} when built from the text
 * @param published   the publication time the document states, or null
 * @param byline      author or credit line, or null
 * @param language    the language the document declares (BCP 47, e.g. {@code en}), or null
 * @param url         the article's canonical URL, or null
 * @param feedItem    the item's index in a feed file, or null for single-article files
 */
public record ArticleDraft(String title, String titleSource, String body, Instant published, String byline,
                           String language, String url, Integer feedItem) {
    public static final String HEADLINE = "headline";
    public static final String DERIVED = "derived";
}

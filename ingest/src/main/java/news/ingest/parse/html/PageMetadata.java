package news.ingest.parse.html;

import java.time.Instant;

/**
 * What a page says about its article besides the body. Every field may be null when the page does not say.
 *
 * @param language BCP 47 primary language tag, lower case ({@code en})
 * @param url      absolute http(s) URL of the article
 */
record PageMetadata(String title, Instant published, String byline, String url, String language) {
}

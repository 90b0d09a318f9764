package news.ingest.parse.json;

import java.time.Instant;

/** What one JSON article says, as plain text; null for what it does not say. */
record JsonArticle(String title, String body, Instant published, String byline, String language, String url) {
}

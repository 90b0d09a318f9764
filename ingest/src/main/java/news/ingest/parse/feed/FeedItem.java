package news.ingest.parse.feed;

import java.time.Instant;

/** What one RSS item or Atom entry says, as plain text; null for what it does not say. */
record FeedItem(String title, String body, Instant published, String byline, String language, String url) {
}

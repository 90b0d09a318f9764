package news.enrich.stories;

import java.time.Instant;

/** The story an article was put in, and the article's time (to purge it with the retention). */
public record Membership(String storyId, Instant at) {
}

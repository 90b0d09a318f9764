package news.enrich.stories;

import java.time.Instant;

/** How many articles carried a term or entity key, and when the latest did. */
public record TermCount(long articles, Instant lastSeen) {
}

package news.enrich.stories;

import java.time.Instant;
import java.util.List;

/** The stories an index key leads to, most recently seen last; capped so that a common key stays cheap. */
public record Postings(List<Posting> stories) {
    public Postings {
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /**
     * One story under a key, and when a member carrying the key last joined it, in epoch milliseconds: an article
     * reads a few dozen postings lists, and parsing ISO times was a large share of the step's cost.
     */
    public record Posting(String storyId, long lastSeenMillis) {
        Posting(String storyId, Instant lastSeen) {
            this(storyId, lastSeen.toEpochMilli());
        }

        boolean seenBefore(Instant cutoff) {
            return lastSeenMillis < cutoff.toEpochMilli();
        }
    }
}

package news.events;

import java.time.Instant;
import java.util.List;

/** A story: the articles about one event, keyed by {@link #id()} (its first article's id) in {@code news.stories}. */
public record Story(String id, String title, List<String> articleIds, Instant firstSeen, Instant lastSeen,
                    List<Entity> entities, List<TopicScore> topics) {
    public Story {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}

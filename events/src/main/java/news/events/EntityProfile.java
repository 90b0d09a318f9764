package news.events;

import java.util.List;

/** Everything known about one entity across articles, keyed by {@link #id()} in {@code news.entities}. */
public record EntityProfile(String id, String type, String name, List<String> aliases, long mentionCount,
                            List<String> articleIds, List<String> storyIds) {
    public EntityProfile {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        storyIds = storyIds == null ? List.of() : List.copyOf(storyIds);
    }
}

package news.sink.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import news.events.EntityProfile;
import news.events.StoreSerde;

/**
 * What the sink keeps per entity to build its {@link EntityProfile}: the canonical name as the latest article gives
 * it (enrich decides it per story, by majority, so it may change as a story grows), every other surface form or
 * earlier name seen (aliases), mention counts and the latest articles and stories. An article seen again while it
 * is among the latest {@link #MAX_ARTICLES} is not counted twice.
 */
public record EntityState(String id, String type, String name, List<String> aliases, long mentionCount,
                          List<String> articleIds, List<String> storyIds) {
    public static final int MAX_ARTICLES = 100;
    static final int MAX_STORIES = 100;

    public EntityState {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        storyIds = storyIds == null ? List.of() : List.copyOf(storyIds);
    }

    /** One article's mention of the entity. */
    public record Mentioned(String articleId, String storyId, String type, String name, List<String> surfaceForms,
                            int count) {
    }

    /** How the sink's entity-states store keeps it (read and written for every mention, so not JSON). */
    public static final StoreSerde.Codec<EntityState> CODEC = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, EntityState e) {
            out.text(e.id()).text(e.type()).text(e.name()).list(e.aliases(), StoreSerde.TEXT)
                    .signed(e.mentionCount()).list(e.articleIds(), StoreSerde.TEXT).list(e.storyIds(), StoreSerde.TEXT);
        }

        @Override
        public EntityState read(StoreSerde.In in) {
            return new EntityState(in.text(), in.text(), in.text(), in.list(StoreSerde.TEXT), in.signed(),
                    in.list(StoreSerde.TEXT), in.list(StoreSerde.TEXT));
        }
    };

    /** How a mention travels through the sink's entities-by-id repartition topic. */
    public static final StoreSerde.Codec<Mentioned> MENTIONED = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Mentioned m) {
            out.text(m.articleId()).text(m.storyId()).text(m.type()).text(m.name())
                    .list(m.surfaceForms(), StoreSerde.TEXT).signed(m.count());
        }

        @Override
        public Mentioned read(StoreSerde.In in) {
            return new Mentioned(in.text(), in.text(), in.text(), in.text(), in.list(StoreSerde.TEXT),
                    (int) in.signed());
        }
    };

    public static EntityState empty() {
        return new EntityState(null, null, null, List.of(), 0, List.of(), List.of());
    }

    public EntityState with(String entityId, Mentioned mention) {
        if (articleIds.contains(mention.articleId())) {
            return this;
        }
        String canonical = mention.name() == null ? name : mention.name();
        var forms = new TreeSet<>(aliases);
        if (name != null) {
            forms.add(name);
        }
        forms.addAll(mention.surfaceForms());
        forms.remove(canonical);
        var articles = new ArrayList<>(articleIds);
        articles.add(mention.articleId());
        var stories = new LinkedHashSet<>(storyIds);
        stories.remove(mention.storyId());
        stories.add(mention.storyId());
        return new EntityState(entityId, type == null ? mention.type() : type, canonical, List.copyOf(forms),
                mentionCount + mention.count(), latest(articles, MAX_ARTICLES), latest(new ArrayList<>(stories),
                MAX_STORIES));
    }

    public EntityProfile profile() {
        return new EntityProfile(id, type, name, aliases, mentionCount, articleIds, storyIds);
    }

    private static List<String> latest(List<String> ids, int max) {
        return ids.size() <= max ? ids : ids.subList(ids.size() - max, ids.size());
    }
}

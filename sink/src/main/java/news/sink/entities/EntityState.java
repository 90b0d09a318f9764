package news.sink.entities;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import news.events.EntityProfile;
import news.events.IdList;
import news.events.StoreSerde;

/**
 * What the sink keeps per entity to build its {@link EntityProfile}: the canonical name as the latest article gives
 * it (enrich decides it per story, by majority, so it may change as a story grows), every other surface form or
 * earlier name seen (aliases), mention counts and the latest articles and stories. An article seen again while it
 * is among the latest {@link #MAX_ARTICLES} is not counted twice.
 */
public record EntityState(String id, String type, String name, List<String> aliases, long mentionCount,
                          IdList articleIds, IdList storyIds) {
    public static final int MAX_ARTICLES = 100;
    static final int MAX_STORIES = 100;

    public EntityState {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        articleIds = articleIds == null ? IdList.of() : articleIds;
        storyIds = storyIds == null ? IdList.of() : storyIds;
    }

    /** One article's mention of the entity {@code entityId}: its canonical name there, its surface forms, how often. */
    public record Mentioned(String entityId, String type, String name, List<String> surfaceForms, int count) {
    }

    /**
     * How the sink's entity-states store keeps it: the article and story ids in 16 bytes each ({@link StoreSerde#ID}),
     * copied in and out as they are ({@link IdList}). A state is written at every commit its entity changed in, so its
     * 200 ids were most of the sink's changelog.
     * The layout of earlier versions, ids as text, is told by its first field (the entity id, never null) and read.
     */
    public static final StoreSerde.Codec<EntityState> CODEC = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, EntityState e) {
            out.text(null).text(e.id()).text(e.type()).text(e.name()).list(e.aliases(), StoreSerde.TEXT)
                    .signed(e.mentionCount()).ids(e.articleIds()).ids(e.storyIds());
        }

        @Override
        public EntityState read(StoreSerde.In in) {
            String first = in.text();
            if (first == null) {
                return new EntityState(in.text(), in.text(), in.text(), in.list(StoreSerde.TEXT), in.signed(),
                        in.ids(), in.ids());
            }
            return new EntityState(first, in.text(), in.text(), in.list(StoreSerde.TEXT), in.signed(),
                    IdList.copyOf(in.list(StoreSerde.TEXT)), IdList.copyOf(in.list(StoreSerde.TEXT)));
        }
    };

    /** How a mention travels inside a batch of the entities-by-id repartition topic. */
    public static final StoreSerde.Codec<Mentioned> MENTIONED = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Mentioned m) {
            out.text(m.entityId()).text(m.type()).text(m.name()).list(m.surfaceForms(), StoreSerde.TEXT)
                    .signed(m.count());
        }

        @Override
        public Mentioned read(StoreSerde.In in) {
            return new Mentioned(in.text(), in.text(), in.text(), in.list(StoreSerde.TEXT), (int) in.signed());
        }
    };

    public static EntityState empty() {
        return new EntityState(null, null, null, List.of(), 0, IdList.of(), IdList.of());
    }

    /**
     * The state after article {@code articleId} of story {@code storyId} mentions the entity; the same state when
     * the article is already among the latest. Called for every mention, so the lists are copied once each and the
     * aliases only when the mention brings a new form or name.
     */
    public EntityState with(String articleId, String storyId, Mentioned mention) {
        if (articleIds.contains(articleId)) {
            return this;
        }
        String canonical = mention.name() == null ? name : mention.name();
        IdList stories = !storyIds.isEmpty() && Objects.equals(storyIds.get(storyIds.size() - 1), storyId)
                ? storyIds : storyIds.movedLast(storyId, MAX_STORIES);
        return new EntityState(mention.entityId(), type == null ? mention.type() : type, canonical,
                aliasesWith(canonical, mention.surfaceForms()), mentionCount + mention.count(),
                articleIds.appended(articleId, MAX_ARTICLES), stories);
    }

    /** Every form seen and every earlier name, sorted, without the canonical name. */
    private List<String> aliasesWith(String canonical, List<String> forms) {
        if (Objects.equals(canonical, name) && forms.stream()
                .allMatch(form -> form.equals(canonical) || Collections.binarySearch(aliases, form) >= 0)) {
            return aliases;
        }
        var all = new TreeSet<>(aliases);
        if (name != null) {
            all.add(name);
        }
        all.addAll(forms);
        if (canonical != null) {
            all.remove(canonical);
        }
        return List.copyOf(all);
    }

    public EntityProfile profile() {
        return new EntityProfile(id, type, name, aliases, mentionCount, articleIds, storyIds);
    }
}

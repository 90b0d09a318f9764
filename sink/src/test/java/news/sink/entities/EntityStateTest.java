package news.sink.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.events.IdList;
import news.events.JsonSerdes;
import news.events.StoreSerde;
import org.junit.jupiter.api.Test;

class EntityStateTest {
    private static final String ID = "PERSON:nick chicker";

    @Test
    void shouldFollowTheLatestCanonicalNameAndKeepEveryFormAsAlias() {
        EntityState state = EntityState.empty()
                .with("a1", "s1", mention("Nick Chicker", List.of("Nick Chicker", "Chicker"), 2))
                .with("a3", "s1", mention("Nick Chicker", List.of("Nick Checker"), 1))
                .with("a4", "s1", mention("Nick Checker", List.of("Nick Checker", "Checker"), 2));

        assertThat(state.id()).isEqualTo(ID);
        assertThat(state.name()).isEqualTo("Nick Checker");
        assertThat(state.aliases()).containsExactly("Checker", "Chicker", "Nick Chicker");
        assertThat(state.mentionCount()).isEqualTo(5);
        assertThat(state.articleIds()).containsExactly("a1", "a3", "a4");
        assertThat(state.storyIds()).containsExactly("s1");
    }

    @Test
    void shouldCountAnArticleOnceAndKeepTheLatestStoryLast() {
        EntityState state = EntityState.empty()
                .with("a1", "s1", mention("Nick Chicker", List.of("Chicker"), 2))
                .with("a2", "s2", mention("Nick Chicker", List.of("Chicker"), 1))
                .with("a3", "s1", mention("Nick Chicker", List.of("Chicker"), 1));

        assertThat(state.with("a2", "s2", mention("Nick Chicker", List.of("Other"), 9))).isSameAs(state);
        assertThat(state.storyIds()).containsExactly("s2", "s1");
        assertThat(state.aliases()).containsExactly("Chicker");
        assertThat(state.mentionCount()).isEqualTo(4);
    }

    @Test
    void shouldKeepOnlyTheLatestArticlesAndStories() {
        EntityState state = EntityState.empty();
        for (int i = 0; i < EntityState.MAX_ARTICLES + 5; i++) {
            state = state.with("a" + i, "s" + i, mention("Nick Chicker", List.of("Chicker"), 1));
        }

        assertThat(state.articleIds()).hasSize(EntityState.MAX_ARTICLES).startsWith("a5")
                .endsWith("a" + (EntityState.MAX_ARTICLES + 4));
        assertThat(state.storyIds()).hasSize(EntityState.MAX_STORIES).startsWith("s5");
        assertThat(state.mentionCount()).isEqualTo(EntityState.MAX_ARTICLES + 5);
    }

    @Test
    void shouldComeBackFromItsStoreFormatUnchanged() {
        EntityState state = EntityState.empty()
                .with("a1", "s1", mention("Nick Chicker", List.of("Chicker"), 2))
                .with("a2", "s2", mention("Nick Checker", List.of("Nick Checker"), 1));
        var serde = StoreSerde.of(EntityState.class, EntityState.CODEC);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", state))).isEqualTo(state);
        assertThat(serde.deserializer().deserialize("t", JsonSerdes.toBytes(state)))
                .as("a state an older version stored as JSON").isEqualTo(state);

        var batch = new EntityMentions.Batch("a3", "s1", List.of(mention("Nick Chicker", List.of("Chicker"), 4),
                new EntityState.Mentioned("ORGANIZATION:un", "ORGANIZATION", null, List.of("UN", "U.N."), 1)));
        var batches = StoreSerde.of(EntityMentions.Batch.class, EntityMentions.BATCH);
        assertThat(batches.deserializer().deserialize("t", batches.serializer().serialize("t", batch)))
                .isEqualTo(batch);
    }

    @Test
    void shouldReadTheStateAnEarlierVersionStoredWithIdsAsText() {
        var state = new EntityState(ID, "PERSON", "Nick Chicker", List.of("Chicker"), 3,
                IdList.copyOf(List.of("0123456789abcdef0123456789abcdef", "a2")), IdList.copyOf(List.of("s1")));
        StoreSerde.Codec<EntityState> earlier = new StoreSerde.Codec<>() {
            @Override
            public void write(StoreSerde.Out out, EntityState e) {
                out.text(e.id()).text(e.type()).text(e.name()).list(e.aliases(), StoreSerde.TEXT)
                        .signed(e.mentionCount()).list(e.articleIds(), StoreSerde.TEXT)
                        .list(e.storyIds(), StoreSerde.TEXT);
            }

            @Override
            public EntityState read(StoreSerde.In in) {
                throw new UnsupportedOperationException();
            }
        };
        byte[] stored = StoreSerde.toBytes(earlier, state);

        assertThat(StoreSerde.fromBytes(stored, EntityState.class, EntityState.CODEC)).isEqualTo(state);
        assertThat(StoreSerde.toBytes(EntityState.CODEC, state)).hasSizeLessThan(stored.length);
    }

    private static EntityState.Mentioned mention(String name, List<String> forms, int count) {
        return new EntityState.Mentioned(ID, "PERSON", name, forms, count);
    }
}

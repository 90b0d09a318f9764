package news.sink.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.events.StoreSerde;
import org.junit.jupiter.api.Test;

class EntityStateTest {
    private static final String ID = "PERSON:nick chicker";

    @Test
    void shouldFollowTheLatestCanonicalNameAndKeepEveryFormAsAlias() {
        EntityState state = EntityState.empty()
                .with(ID, new EntityState.Mentioned("a1", "s1", "PERSON", "Nick Chicker",
                        List.of("Nick Chicker", "Chicker"), 2))
                .with(ID, new EntityState.Mentioned("a3", "s1", "PERSON", "Nick Chicker",
                        List.of("Nick Checker"), 1))
                .with(ID, new EntityState.Mentioned("a4", "s1", "PERSON", "Nick Checker",
                        List.of("Nick Checker", "Checker"), 2));

        assertThat(state.id()).isEqualTo(ID);
        assertThat(state.name()).isEqualTo("Nick Checker");
        assertThat(state.aliases()).containsExactly("Checker", "Chicker", "Nick Chicker");
        assertThat(state.mentionCount()).isEqualTo(5);
        assertThat(state.articleIds()).containsExactly("a1", "a3", "a4");
    }

    @Test
    void shouldComeBackFromItsStoreFormatUnchanged() {
        EntityState state = EntityState.empty()
                .with(ID, new EntityState.Mentioned("a1", "s1", "PERSON", "Nick Chicker", List.of("Chicker"), 2))
                .with(ID, new EntityState.Mentioned("a2", "s2", "PERSON", "Nick Checker", List.of("Nick Checker"), 1));
        var serde = StoreSerde.of(EntityState.class, EntityState.CODEC);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", state))).isEqualTo(state);

        var mention = new EntityState.Mentioned("a3", "s1", "ORGANIZATION", null, List.of("UN", "U.N."), 4);
        var mentions = StoreSerde.of(EntityState.Mentioned.class, EntityState.MENTIONED);
        assertThat(mentions.deserializer().deserialize("t", mentions.serializer().serialize("t", mention)))
                .isEqualTo(mention);
    }
}

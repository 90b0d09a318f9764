package news.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.events.Entity;
import org.junit.jupiter.api.Test;

class EntityRegistryTest {

    @Test
    void shouldNameEntitiesAlikeWithNamesKeptBetweenArticles() {
        List<List<Entity>> articles = List.of(
                List.of(entity("PERSON", "Nick Checker"),
                        entity("ORGANIZATION", "US Agency for International Development")),
                List.of(entity("PERSON", "Nick Chicker"), entity("ORGANIZATION", "USAID"), entity("LOCATION", "Mali")),
                List.of(entity("PERSON", "Checker"), entity("PERSON", "Anna Checker"), entity("LOCATION", "MALI")));
        var kept = new EntityRegistry.Names();
        List<StoryEntity> withKept = List.of();
        List<StoryEntity> withFresh = List.of();
        for (int member = 1; member <= articles.size(); member++) {
            var a = EntityRegistry.apply(withKept, articles.get(member - 1), member, kept);
            var b = EntityRegistry.apply(withFresh, articles.get(member - 1), member);
            assertThat(a).isEqualTo(b);
            withKept = a.registry();
            withFresh = b.registry();
        }

        // "Anna Checker" meets the surname alone, a form of Nick Checker's entry by then.
        assertThat(withKept).extracting(StoryEntity::id).containsExactly("PERSON:nick checker",
                "ORGANIZATION:us agency for international development", "LOCATION:mali");
    }

    @Test
    void shouldForgetKeptNamesBeyondTheBoundAndStillMatch() {
        var names = new EntityRegistry.Names();
        var many = new ArrayList<Entity>();
        for (int i = 0; i < EntityRegistry.Names.MAX_NAMES + 10; i++) {
            many.add(entity("ORGANIZATION", "Body " + i));
        }
        EntityRegistry.apply(List.of(), many, 1, names);

        assertThat(names.size()).isLessThanOrEqualTo(EntityRegistry.Names.MAX_NAMES);
        var registry = EntityRegistry.apply(List.of(), List.of(entity("PERSON", "Nick Checker")), 1, names).registry();
        var again = EntityRegistry.apply(registry, List.of(entity("PERSON", "Nick Chicker")), 2, names);
        assertThat(again.entities()).extracting(Entity::id).containsExactly("PERSON:nick checker");
    }

    private static Entity entity(String type, String name) {
        return new Entity(type + ":" + name, type, name, List.of(), 1, 0.5, null);
    }
}

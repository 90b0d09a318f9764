package news.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.events.Entity;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver(Places.builtIn());
    private final List<EntityResolver.Found> found = new ArrayList<>();
    private int offset;

    private void body(String type, String text) {
        found.add(new EntityResolver.Found(new Span(type, offset, offset + text.length(), text, null), false, 1,
                null));
        offset += text.length() + 10;
    }

    private Entity only(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not in " + entities.stream().map(Entity::id).toList()));
    }

    @Test
    void shouldJoinASurnameToTheFullNameWhichIsCanonical() {
        body("PERSON", "Checker");
        body("PERSON", "Nick Checker");
        body("ORGANIZATION", "Checker");

        List<Entity> entities = resolver.resolve(found);

        assertThat(entities).hasSize(1);
        Entity nick = only(entities, "PERSON:nick checker");
        assertThat(nick.name()).isEqualTo("Nick Checker");
        assertThat(nick.count()).isEqualTo(3);
        assertThat(nick.mentions()).extracting(m -> m.text()).containsExactly("Checker", "Nick Checker", "Checker");
    }

    @Test
    void shouldJoinAnAcronymToTheNameWhoseInitialsItSpells() {
        body("ORGANIZATION", "Agence France-Presse");
        body("ORGANIZATION", "AFP");
        body("LOCATION", "United States");
        body("LOCATION", "US");

        List<Entity> entities = resolver.resolve(found);

        assertThat(entities).extracting(Entity::id)
                .containsExactlyInAnyOrder("ORGANIZATION:agence france-presse", "LOCATION:united states");
        assertThat(only(entities, "ORGANIZATION:agence france-presse").count()).isEqualTo(2);
    }

    @Test
    void shouldJoinAnAcronymDefinedInBracketsAfterItsName() {
        body("ORGANIZATION", "Alliance of Sahel States");
        found.add(new EntityResolver.Found(new Span("ORGANIZATION", 500, 503, "AES", null), false, 1,
                "Alliance of Sahel States"));
        found.add(new EntityResolver.Found(new Span("MISC", 600, 603, "AES", null), false, 1, null));

        List<Entity> entities = resolver.resolve(found);

        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("ORGANIZATION:alliance of sahel states");
            assertThat(e.count()).isEqualTo(3);
        });
    }

    @Test
    void shouldJoinTheEndOfAnOrganisationNameButNotPartsOfPlaces() {
        body("ORGANIZATION", "US State Department");
        body("ORGANIZATION", "State Department");
        body("LOCATION", "West Africa");
        body("LOCATION", "Africa");

        List<Entity> entities = resolver.resolve(found);

        assertThat(entities).extracting(Entity::id).containsExactlyInAnyOrder("ORGANIZATION:us state department",
                "LOCATION:west africa", "LOCATION:africa");
    }

    @Test
    void shouldMakeDemonymsMiscAndCountriesNeverPersons() {
        body("PERSON", "Malian");
        body("PERSON", "Mali");
        body("PERSON", "Burkina Faso");

        List<Entity> entities = resolver.resolve(found);

        assertThat(entities).extracting(Entity::id).containsExactlyInAnyOrder("MISC:malian", "LOCATION:mali",
                "LOCATION:burkina faso");
    }

    @Test
    void shouldGiveAFormTheTypeMostOfItsMentionsHave() {
        body("ORGANIZATION", "Wagner Group");
        body("MISC", "Wagner Group");
        body("ORGANIZATION", "Wagner Group");

        assertThat(resolver.resolve(found)).extracting(Entity::id).containsExactly("ORGANIZATION:wagner group");
    }

    @Test
    void shouldWeighTitleAndLeadMentionsMoreAndScaleSalienceToTheTopEntity() {
        found.add(new EntityResolver.Found(new Span("LOCATION", 0, 4, "Mali", null), true, 3, null));
        found.add(new EntityResolver.Found(new Span("LOCATION", 10, 14, "Mali", null), false, 2, null));
        found.add(new EntityResolver.Found(new Span("LOCATION", 900, 906, "Bamako", null), false, 1, null));
        found.add(new EntityResolver.Found(new Span("MONEY", 950, 962, "$5bn", "5000000000 USD"), false, 1, null));

        List<Entity> entities = resolver.resolve(found);

        Entity mali = only(entities, "LOCATION:mali");
        assertThat(mali.salience()).isEqualTo(1.0);
        assertThat(mali.count()).isEqualTo(2);
        assertThat(mali.mentions()).hasSize(1).first().satisfies(m -> assertThat(m.start()).isEqualTo(10));
        assertThat(only(entities, "LOCATION:bamako").salience()).isEqualTo(0.2);
        assertThat(only(entities, "MONEY:$5bn").value()).isEqualTo("5000000000 USD");
        assertThat(entities.get(0).id()).isEqualTo("LOCATION:mali");
    }
}

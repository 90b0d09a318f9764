package news.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.events.Entity;
import news.events.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in extractor on the seed articles as ingest delivers them (the parser's golden files), against the
 * entities {@code targets.md} lists.
 */
class NerExtractorTest {
    private static final Path GOLDEN = Path.of("../ingest/src/test/resources/golden");
    private static NerExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = NerExtractor.builtIn();
    }

    private static List<Entity> seed(String prefix) throws IOException {
        try (var files = Files.list(GOLDEN)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            JsonNode article = new ObjectMapper().readTree(file.toFile());
            Instant published = article.get("published").isNull() ? null
                    : Instant.parse(article.get("published").asText());
            String body = article.get("body").asText();
            List<Entity> entities = extractor.extract(article.get("title").asText(), body, published);
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    assertThat(body.substring(m.start(), m.end())).as("offsets of " + e.id()).isEqualTo(m.text());
                }
            }
            return entities;
        }
    }

    private static Map<String, Entity> byId(List<Entity> entities) {
        return entities.stream().collect(Collectors.toMap(Entity::id, e -> e));
    }

    @Test
    void shouldFindThePeoplePlacesAndOrganisationsOfSeed001() throws IOException {
        Map<String, Entity> entities = byId(seed("001_"));

        assertThat(entities).containsKeys("PERSON:nick chicker", "PERSON:abdoulaye diop", "PERSON:assimi goïta",
                "LOCATION:bamako", "LOCATION:gulf of guinea", "LOCATION:burkina faso",
                "ORGANIZATION:us state department", "ORGANIZATION:agence france-presse",
                "ORGANIZATION:wagner group");
        assertThat(entities.keySet()).anyMatch(id -> id.endsWith(":african corps"));
        assertThat(entities.get("PERSON:nick chicker").name()).isEqualTo("Nick Chicker");
        assertThat(entities.get("PERSON:nick chicker").count()).isEqualTo(3);
        assertThat(entities.keySet()).noneMatch(id -> id.startsWith("PERSON:") && id.contains("mali"));
    }

    @Test
    void shouldFindMoneyAndPercentagesOfSeed000WithNormalisedValues() throws IOException {
        Map<String, Entity> entities = byId(seed("000_"));

        Set<String> money = entities.values().stream().filter(e -> e.type().equals("MONEY")).map(Entity::value)
                .collect(Collectors.toSet());
        assertThat(money).contains("250000 ZAR", "12900000 ZAR", "770000 USD", "74300000 USD");
        assertThat(entities.get("PERCENT:4%").value()).isEqualTo("0.04");
        assertThat(entities.get("DATE:july 14, 2025").value()).isEqualTo("2025-07-14");
        assertThat(entities).containsKeys("PERSON:abdoulaye diop", "LOCATION:bamako", "LOCATION:south africa",
                "ORGANIZATION:world bank");
        assertThat(entities).doesNotContainKey("PERSON:malian");
    }

    @Test
    void shouldResolveSurnamesAcronymsAndRelativeDatesInSeed003() throws IOException {
        Map<String, Entity> entities = byId(seed("003_"));

        assertThat(entities.get("PERSON:nick checker").count()).isGreaterThanOrEqualTo(4);
        assertThat(entities.get("ORGANIZATION:alliance of sahel states").mentions()).extracting(Mention::text)
                .contains("AES");
        assertThat(entities.get("DATE:monday").value()).isEqualTo("2026-02-02");
        assertThat(entities).containsKeys("PERSON:donald trump", "PERSON:john brennan");
    }

    @Test
    void shouldTakeNoBoilerplateOrSectionLabelForAName() throws IOException {
        for (String prefix : List.of("000_", "001_", "002_", "003_", "004_")) {
            for (Entity e : seed(prefix)) {
                String name = e.name().toLowerCase(java.util.Locale.ROOT);
                assertThat(name).as(prefix + e.id()).doesNotContain("what's", "advertisement", "reply",
                        "newsletter", "cookie", "accept", "read more", "whatsapp", "linkedin");
                assertThat(e.salience()).isBetween(0.0, 1.0);
                assertThat(e.count()).isPositive();
            }
        }
    }

    @Test
    void shouldNotNameTheCapitalisedWordsOfATitleCaseHeadlineTheBodyDoesNotName() {
        List<Entity> entities = extractor.extract("Washington Seeks to Rebuild Trust with Mali Authorities",
                "Officials in Washington said on Monday that talks with Mali would resume.", null);

        assertThat(entities).extracting(Entity::id).doesNotContain("ORGANIZATION:mali authorities",
                "MISC:trust", "ORGANIZATION:trust");
        assertThat(entities).extracting(Entity::id).contains("LOCATION:washington", "LOCATION:mali");
    }

    @Test
    void shouldCopeWithEmptyText() {
        assertThat(extractor.extract("", "", null)).isEmpty();
        assertThat(extractor.extract(null, null, null)).isEmpty();
    }
}

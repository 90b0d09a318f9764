package news.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import news.enrich.entities.EntityExtractor;
import news.enrich.topics.IptcTopicScorer;
import news.enrich.topics.TopicModel;
import news.events.ArticleIdentity;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Source;
import news.events.TopicScore;
import org.junit.jupiter.api.Test;

/** An article through {@link ArticleEnricher} with the shipped topic model: its topics as the contract has them. */
class TopicEnrichmentTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder
                    .schemaMappers(mappers -> mappers.mapPrefix("https://newsflow.dev/schemas/", "classpath:schemas/"))
                    .schemaLoaders(loaders -> loaders.add(
                            new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));

    @Test
    void shouldCarryIptcCodesLabelsLevelsScoresAndEvidenceThatValidate() throws Exception {
        String title = "Parliament backs trade treaty with neighbours";
        String body = "Parliament voted on Tuesday to approve a trade treaty that cuts tariffs on exports between the "
                + "two countries. The foreign minister said the agreement would strengthen diplomatic ties, and "
                + "business groups expect exports and investment to grow. Opposition parties voted against it.";
        var source = new Source("/inbox/t.txt", "t.txt",
                ArticleIdentity.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), "text/plain", body.length(), null);
        var raw = new RawArticle(ArticleIdentity.articleId(title, body), title, "headline", body, null, null, "en",
                null, "txt", source, T0);
        var enricher = new ArticleEnricher(EntityExtractor.NONE, new IptcTopicScorer(TopicModel.builtIn(), 0.45, 6),
                Clock.fixed(T0, ZoneOffset.UTC));

        EnrichedArticle enriched = enricher.enrich(raw);

        assertThat(enriched.topics()).extracting(TopicScore::code).contains("11000000", "04000000");
        assertThat(enriched.topics()).allSatisfy(topic -> {
            assertThat(topic.uri()).isEqualTo("medtop:" + topic.code());
            assertThat(topic.label()).isNotBlank();
            assertThat(topic.level()).isIn(1, 2);
            assertThat(topic.score()).isBetween(0.0, 1.0);
            assertThat(topic.evidence()).isNotEmpty();
        });
        TopicScore politics = enriched.topics().stream().filter(t -> t.code().equals("11000000")).findFirst()
                .orElseThrow();
        assertThat(politics.label()).isEqualTo("politics");
        assertThat(politics.level()).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(JsonSerdes.toBytes(enriched));
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("https://newsflow.dev/schemas/enriched-article.schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("topics").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("code", "uri", "label", "level", "score", "evidence");
    }
}

package news.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSerdesTest {
    private static final String TOPIC = "t";
    private static final Instant INGESTED = Instant.parse("2026-02-05T10:00:00Z");
    private static final Instant ENRICHED = Instant.parse("2026-02-05T10:00:01.250Z");
    private static final String ID = "dd041ba5c37a9a35aa68ae3c2ea1f33e";

    static RawArticle rawArticle() {
        var source = new Source("/inbox/001.txt", "001.txt",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "text/plain", 2280L, 3);
        return new RawArticle(ID, "Washington Seeks to Rebuild Trust with Mali Authorities", "headline",
                "Nick Chicker has arrived in Mali\u2019s capital, Bamako.", Instant.parse("2025-07-14T08:30:00Z"),
                "Africa-Press", "en", "https://example.org/a", "txt", source, INGESTED);
    }

    static EnrichedArticle enrichedArticle() {
        var entity = new Entity("PERSON:nick chicker", "PERSON", "Nick Chicker",
                List.of(new Mention("Nick Chicker", 0, 12), new Mention("Chicker", 40, 47)), 2, 0.75, null);
        var money = new Entity("MONEY:$5 million", "MONEY", "$5 million", List.of(new Mention("$5m", 60, 63)), 1,
                0.1, "USD 5000000");
        var topic = new TopicScore("11000000", "medtop:11000000", "politics", 1, 0.82, List.of("minister", "talks"));
        return EnrichedArticle.of(rawArticle(), "2a50f39e741fa3be214481ac752bff55", 0.91, ID,
                List.of(entity, money), List.of(topic), ENRICHED);
    }

    static Stream<Arguments> everyRecord() {
        var enriched = enrichedArticle();
        return Stream.of(
                Arguments.of(RawArticle.class, rawArticle()),
                Arguments.of(EnrichedArticle.class, enriched),
                Arguments.of(Story.class, new Story(ID, "Washington Seeks to Rebuild Trust", List.of(ID, "a5eb"),
                        INGESTED, ENRICHED, enriched.entities(), enriched.topics())),
                Arguments.of(EntityProfile.class, new EntityProfile("PERSON:nick checker", "PERSON", "Nick Checker",
                        List.of("Nick Chicker", "Checker"), 7L, List.of(ID), List.of(ID))),
                Arguments.of(DeadLetter.class, new DeadLetter("enrich", "empty body", "java.lang.IllegalStateException",
                        "news.articles.raw", 3, 42L, ID, "{\"id\":1}", "utf-8", false, "/inbox/001.txt", INGESTED)),
                Arguments.of(FileStatus.class, new FileStatus("/inbox/001.txt", "abc123", FileStatus.PUBLISHED, 1,
                        null, INGESTED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRecord")
    <T> void shouldRoundTripEveryRecordThroughItsSerde(Class<T> type, T value) {
        Serde<T> serde = JsonSerdes.of(type);

        byte[] bytes = serde.serializer().serialize(TOPIC, value);
        T back = serde.deserializer().deserialize(TOPIC, bytes);

        assertThat(back).isEqualTo(value);
    }

    @Test
    void shouldWriteInstantsAsIsoTextInUtc() {
        String json = json(enrichedArticle());

        assertThat(json)
                .contains("\"ingestedAt\":\"2026-02-05T10:00:00Z\"")
                .contains("\"enrichedAt\":\"2026-02-05T10:00:01.250Z\"")
                .contains("\"published\":\"2025-07-14T08:30:00Z\"");
    }

    @Test
    void shouldWriteFieldNamesInCamelCase() {
        assertThat(json(rawArticle()))
                .contains("\"titleSource\":\"headline\"")
                .contains("\"sizeBytes\":2280")
                .contains("\"feedItem\":3");
    }

    @Test
    void shouldIgnoreUnknownFieldsOnRead() {
        String json = """
                {"path":"/inbox/a.txt","sha256":"abc","outcome":"failed","articles":0,"reason":"empty file",
                 "at":"2026-02-05T10:00:00Z","addedLater":{"nested":[1,2,3]},"another":true}
                """;

        FileStatus status = JsonSerdes.of(FileStatus.class).deserializer()
                .deserialize(TOPIC, json.getBytes(StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(new FileStatus("/inbox/a.txt", "abc", "failed", 0, "empty file", INGESTED));
    }

    @Test
    void shouldReadInstantsWithAnOffsetAsTheSameMoment() {
        String json = """
                {"path":"p","sha256":"s","outcome":"published","articles":1,"at":"2026-02-05T11:00:00+01:00"}
                """;

        FileStatus status = JsonSerdes.fromBytes(json.getBytes(StandardCharsets.UTF_8), FileStatus.class);

        assertThat(status.at()).isEqualTo(INGESTED);
    }

    @Test
    void shouldNameTheTypeWhenPayloadIsNotJson() {
        var deserializer = JsonSerdes.of(RawArticle.class).deserializer();

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RawArticle");
    }

    @Test
    void shouldNameTheTypeWhenRequiredFieldIsMissing() {
        byte[] noId = """
                {"title":"t","body":"b","format":"txt","ingestedAt":"2026-02-05T10:00:00Z",
                 "source":{"path":"p","name":"n","sha256":"s"}}
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JsonSerdes.of(RawArticle.class).deserializer().deserialize(TOPIC, noId))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RawArticle");
    }

    @Test
    void shouldRefuseJsonNullAsARecord() {
        assertThatThrownBy(() -> JsonSerdes.fromBytes("null".getBytes(StandardCharsets.UTF_8), Story.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Story");
    }

    @Test
    void shouldKeepNullAsTombstoneBothWays() {
        Serde<Story> serde = JsonSerdes.of(Story.class);

        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
    }

    @Test
    void shouldWritePrettyJsonThatReadsBackWithFinalNewline() {
        byte[] pretty = JsonSerdes.toPrettyBytes(rawArticle());

        assertThat(new String(pretty, StandardCharsets.UTF_8)).contains("\n  \"id\" : ").endsWith("}\n");
        assertThat(JsonSerdes.fromBytes(pretty, RawArticle.class)).isEqualTo(rawArticle());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRecord")
    <T> void shouldIndentARecordsJsonIntoExactlyItsPrettyJson(Class<T> type, T value) {
        assertThat(JsonSerdes.toPrettyBytes(JsonSerdes.toBytes(value))).isEqualTo(JsonSerdes.toPrettyBytes(value));
    }

    @Test
    void shouldIndentNestingEmptinessEscapesAndUnicodeAsJacksonDoes() {
        var value = new java.util.LinkedHashMap<String, Object>();
        value.put("empty object", Map.of());
        value.put("empty list", List.of());
        value.put("quote \" and \\ and {[,:]}", List.of("a,b", "c:d", "\"}", "\u00e9\u4e2d\ud83d\ude00\n\t"));
        value.put("nested", List.of(Map.of("x", List.of(1, 2.5, -3e-9)), List.of(List.of(), Map.of("y", true))));
        value.put("nothing", null);

        assertThat(new String(JsonSerdes.toPrettyBytes(JsonSerdes.toBytes(value)), StandardCharsets.UTF_8))
                .isEqualTo(new String(JsonSerdes.toPrettyBytes(value), StandardCharsets.UTF_8));
        assertThat(JsonSerdes.toPrettyBytes("\"only a string\"".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(JsonSerdes.toPrettyBytes("only a string"));
    }

    @Test
    void shouldRefuseToIndentWhatIsNotOneCompactDocument() {
        for (String bad : List.of("", "{\"a\":1", "[1}", "{\"a\": 1}", "\"open", "1,2")) {
            assertThatThrownBy(() -> JsonSerdes.toPrettyBytes(bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad).isInstanceOf(SerializationException.class).hasMessageStartingWith("cannot indent JSON");
        }
    }

    private static String json(Object value) {
        return new String(JsonSerdes.toBytes(value), StandardCharsets.UTF_8);
    }
}

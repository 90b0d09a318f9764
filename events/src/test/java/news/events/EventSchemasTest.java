package news.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code src/main/resources/schemas} against what {@link JsonSerdes} really writes: every event
 * validates (fully populated and with every nullable field null, compact and pretty), the schemas refuse broken
 * events, and every record component has its property, so records and schemas cannot drift apart silently.
 */
class EventSchemasTest {
    private static final String BASE = "https://newsflow.dev/schemas/";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /** Strict reading of the schema files: a duplicated key would otherwise silently win. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Offline: newsflow's ids map to the classpath, draft meta-schemas ship in the validator, nothing else loads. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder
                    .schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/"))
                    .schemaLoaders(loaders -> loaders.add(
                            new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
    /** In 2020-12 {@code format} only annotates unless asked to assert; the instants depend on it. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private static final List<Class<? extends Record>> EVENTS = List.of(RawArticle.class, EnrichedArticle.class,
            Story.class, EntityProfile.class, DeadLetter.class, FileStatus.class);

    /** Where each record's shape lives: the events at the root of their own file, nested records in $defs. */
    private static final Map<Class<? extends Record>, Located> SHAPES = Map.of(
            RawArticle.class, new Located("raw-article.schema.json", ""),
            EnrichedArticle.class, new Located("enriched-article.schema.json", ""),
            Story.class, new Located("story.schema.json", ""),
            EntityProfile.class, new Located("entity-profile.schema.json", ""),
            DeadLetter.class, new Located("dead-letter.schema.json", ""),
            FileStatus.class, new Located("file-status.schema.json", ""),
            Source.class, new Located("raw-article.schema.json", "/$defs/source"),
            Entity.class, new Located("enriched-article.schema.json", "/$defs/entity"),
            Mention.class, new Located("enriched-article.schema.json", "/$defs/mention"),
            TopicScore.class, new Located("enriched-article.schema.json", "/$defs/topicScore"));

    // ---- realistic events ----------------------------------------------------------------------------------------

    private static final Instant PUBLISHED = Instant.parse("2025-07-14T08:30:00Z");
    private static final Instant INGESTED = Instant.parse("2026-02-05T10:00:00Z");
    private static final Instant ENRICHED = Instant.parse("2026-02-05T10:00:01.250Z");
    private static final String TITLE = "Washington Seeks to Rebuild Trust with Mali Authorities";
    private static final String BODY = "Nick Chicker has arrived in Mali\u2019s capital, Bamako, with a $5m aid offer "
            + "that officials said could reach 40% of this year\u2019s budget by 1 March 2026.";
    private static final String ID = ArticleIdentity.articleId(TITLE, BODY);
    private static final String FIRST_ID = ArticleIdentity.articleId("US envoy heads to Bamako", "Nick Checker ...");
    private static final String SHA256 = ArticleIdentity.sha256Hex("<rss>...</rss>".getBytes(UTF_8));

    static RawArticle rawArticle() {
        var source = new Source("/work/inbox/africa-press.rss", "africa-press.rss", SHA256, "application/rss+xml",
                18_204L, 3);
        return new RawArticle(ID, TITLE, "headline", BODY, PUBLISHED, "Africa-Press", "en",
                "https://example.org/news/mali-trust", "rss", source, INGESTED);
    }

    static RawArticle rawArticleWithNulls() {
        var source = new Source("/work/inbox/001.txt", "001.txt", SHA256, "text/plain", 2_280L, null);
        return new RawArticle(ID, "Nick Chicker has arrived in Mali\u2019s capital, Bamako", "derived", BODY, null,
                null, null, null, "txt", source, INGESTED);
    }

    static List<Entity> entities() {
        return List.of(
                entity("PERSON", "Nick Chicker", "Nick Chicker", null, 0.8),
                entity("LOCATION", "Bamako", "Bamako", null, 0.4),
                entity("MONEY", "$5m", "$5m", "USD 5000000", 0.2),
                entity("PERCENT", "40%", "40%", "0.4", 0.1),
                entity("DATE", "1 March 2026", "1 March 2026", "2026-03-01", 0.1));
    }

    private static Entity entity(String type, String name, String surface, String value, double salience) {
        int start = BODY.indexOf(surface);
        return new Entity(ArticleIdentity.entityId(type, name), type, name,
                List.of(new Mention(surface, start, start + surface.length())), 1, salience, value);
    }

    static List<TopicScore> topics() {
        return List.of(
                new TopicScore("11000000", "medtop:11000000", "politics", 1, 0.82, List.of("authorities", "envoy")),
                new TopicScore("04000000", "medtop:04000000", "economy, business and finance", 1, 0.35,
                        List.of("budget", "aid")));
    }

    static EnrichedArticle enrichedArticle() {
        return EnrichedArticle.of(rawArticle(), FIRST_ID, 0.91, FIRST_ID, entities(), topics(), ENRICHED);
    }

    static EnrichedArticle enrichedArticleWithNulls() {
        return EnrichedArticle.of(rawArticleWithNulls(), null, null, ID, List.of(), List.of(), ENRICHED);
    }

    static Story story() {
        var top = List.of(
                new Entity("PERSON:nick checker", "PERSON", "Nick Checker", List.of(), 5, 0.9, null),
                new Entity("LOCATION:bamako", "LOCATION", "Bamako", List.of(), 3, 0.5, null));
        return new Story(FIRST_ID, "US envoy heads to Bamako", List.of(FIRST_ID, ID), INGESTED, ENRICHED, top,
                topics());
    }

    static Story storyWithNulls() {
        return new Story(ID, TITLE, List.of(ID), INGESTED, INGESTED, List.of(), List.of());
    }

    static EntityProfile entityProfile() {
        return new EntityProfile("PERSON:nick checker", "PERSON", "Nick Checker", List.of("Nick Chicker", "Checker"),
                7L, List.of(FIRST_ID, ID), List.of(FIRST_ID));
    }

    static EntityProfile entityProfileWithNulls() {
        return new EntityProfile("MISC:sahel", "MISC", "Sahel", List.of(), 1L, List.of(ID), List.of(ID));
    }

    static DeadLetter deadLetter() {
        return DeadLetter.of("enrich", "no sentence in body", new IllegalStateException("no sentence in body"),
                "news.articles.raw", 3, 42L, ID, JsonSerdes.toBytes(rawArticle()), "/work/inbox/africa-press.rss",
                ENRICHED);
    }

    static DeadLetter deadLetterWithNulls() {
        return DeadLetter.of("parse", "not JSON", null, null, -1, -1L, null, null, null, ENRICHED);
    }

    static DeadLetter binaryDeadLetter() {
        return DeadLetter.of("parse", "not JSON", new IllegalArgumentException(), "news.articles.raw", 0, 7L, ID,
                new byte[] {(byte) 0xc3, 0x28, (byte) 0xff, 0x00, 0x41}, null, ENRICHED);
    }

    static FileStatus fileStatus() {
        return new FileStatus("/work/inbox/africa-press.rss", SHA256, FileStatus.FAILED, 0,
                "binary content: not a text file", INGESTED);
    }

    static FileStatus fileStatusWithNulls() {
        return new FileStatus("/work/inbox/001.txt", SHA256, FileStatus.PUBLISHED, 1, null, INGESTED);
    }

    record Sample(String name, Record value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Sample> samples() {
        return List.of(
                new Sample("RawArticle", rawArticle()),
                new Sample("RawArticle, nullable fields null", rawArticleWithNulls()),
                new Sample("EnrichedArticle", enrichedArticle()),
                new Sample("EnrichedArticle, nullable fields null, no entities or topics", enrichedArticleWithNulls()),
                new Sample("Story", story()),
                new Sample("Story, one article, no entities or topics", storyWithNulls()),
                new Sample("EntityProfile", entityProfile()),
                new Sample("EntityProfile, no aliases", entityProfileWithNulls()),
                new Sample("DeadLetter", deadLetter()),
                new Sample("DeadLetter, nullable fields null", deadLetterWithNulls()),
                new Sample("DeadLetter, base64 payload", binaryDeadLetter()),
                new Sample("FileStatus failed", fileStatus()),
                new Sample("FileStatus published, reason null", fileStatusWithNulls()),
                new Sample("FileStatus duplicate", new FileStatus("/work/inbox/001.txt", SHA256, FileStatus.DUPLICATE,
                        0, "the same bytes were published before", INGESTED)),
                new Sample("FileStatus ignored", new FileStatus("/work/inbox/notes.md", SHA256, FileStatus.IGNORED,
                        0, "not an article file", INGESTED)));
    }

    static Stream<Arguments> samplesAsWritten() {
        Map<String, Function<Object, byte[]>> writers = Map.of(
                "toBytes", JsonSerdes::toBytes,
                "toPrettyBytes", JsonSerdes::toPrettyBytes);
        return samples().stream().flatMap(sample -> writers.entrySet().stream()
                .map(writer -> Arguments.of(sample, writer.getKey(), writer.getValue())));
    }

    // ---- what is written is valid ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("samplesAsWritten")
    void shouldValidateWhatJsonSerdesWrites(Sample sample, String writerName, Function<Object, byte[]> writer) {
        byte[] written = writer.apply(sample.value());

        Set<ValidationMessage> messages = validate(sample.value().getClass(), tree(written));

        assertThat(messages).as("%s written by %s:%n%s", sample, writerName, new String(written, UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldWriteExactlyTheRecordComponentsAtEveryLevel(Sample sample) {
        assertWritesItsComponents(tree(JsonSerdes.toBytes(sample.value())), sample.value(), "$");
    }

    static Stream<Arguments> deadLetterPayloads() {
        int limit = DeadLetter.MAX_PAYLOAD_BYTES;
        byte[] ascii = new byte[limit + 1000];
        Arrays.fill(ascii, (byte) 'a');
        byte[] binary = new byte[limit + 1000];
        Arrays.fill(binary, (byte) 0xff);
        byte[] exactBinary = Arrays.copyOf(binary, limit);
        byte[] emoji = "\ud83d\ude00".repeat(limit / 4 + 100).getBytes(UTF_8);
        return Stream.of(
                Arguments.of("text cut to 64 KB", ascii),
                Arguments.of("binary cut to 64 KB, base64", binary),
                Arguments.of("binary of exactly 64 KB, base64", exactBinary),
                Arguments.of("four-byte characters cut to 64 KB", emoji),
                Arguments.of("empty", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadLetterPayloads")
    void shouldAcceptEveryPayloadDeadLetterOfCanWrite(String label, byte[] value) {
        DeadLetter letter = DeadLetter.of("enrich", "boom", new RuntimeException(), "news.articles.raw", 1, 2L, ID,
                value, null, ENRICHED);

        assertThat(validate(DeadLetter.class, tree(JsonSerdes.toBytes(letter)))).isEmpty();
    }

    // ---- the schemas bite ----------------------------------------------------------------------------------------

    /** One change to a valid event that its schema must refuse; {@code replacement} null removes the field. */
    record Breakage(String what, Record sample, String pointer, JsonNode replacement) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Breakage change(String what, Record sample, String pointer, Object value) {
        JsonNode replacement = value == null ? NullNode.instance : JSON.valueToTree(value);
        return new Breakage(what, sample, pointer, replacement);
    }

    static Breakage remove(String what, Record sample, String pointer) {
        return new Breakage(what, sample, pointer, null);
    }

    static List<Breakage> breakages() {
        RawArticle raw = rawArticle();
        EnrichedArticle enriched = enrichedArticle();
        Story story = story();
        EntityProfile profile = entityProfile();
        DeadLetter letter = deadLetter();
        FileStatus status = fileStatus();
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> ArticleIdentity.articleId("t" + i, "b"))
                .toList();
        return List.of(
                // article ids: 32 lower-case hex
                change("article id of 31 hex digits", raw, "/id", ID.substring(1)),
                change("article id of 33 hex digits", raw, "/id", ID + "0"),
                change("article id in upper case", raw, "/id", ID.toUpperCase()),
                change("article id with a non-hex letter", raw, "/id", "g" + ID.substring(1)),
                change("storyId that is no article id", enriched, "/storyId", "story-1"),
                change("duplicateOf that is no article id", enriched, "/duplicateOf", "42"),
                change("story id that is an entity id", story, "/id", "PERSON:nick checker"),
                change("story member that is no article id", story, "/articleIds/1", ID + "ff"),
                change("profile story id that is no article id", profile, "/storyIds/0", "s1"),
                // required fields, including nullable ones: JsonSerdes always writes them
                remove("RawArticle without title", raw, "/title"),
                remove("RawArticle without published (nullable, still written)", raw, "/published"),
                remove("Source without sha256", raw, "/source/sha256"),
                remove("EnrichedArticle without entities", enriched, "/entities"),
                remove("EnrichedArticle without enrichedAt", enriched, "/enrichedAt"),
                remove("Mention without end", enriched, "/entities/0/mentions/0/end"),
                remove("TopicScore without evidence", enriched, "/topics/0/evidence"),
                remove("Story without lastSeen", story, "/lastSeen"),
                remove("EntityProfile without aliases", profile, "/aliases"),
                remove("DeadLetter without payloadTruncated", letter, "/payloadTruncated"),
                remove("FileStatus without reason (nullable, still written)", status, "/reason"),
                // enums
                change("titleSource in capitals", raw, "/titleSource", "Headline"),
                change("format pdf", raw, "/format", "pdf"),
                change("outcome done", status, "/outcome", "done"),
                change("payloadEncoding latin-1", letter, "/payloadEncoding", "latin-1"),
                change("entity type PEOPLE", enriched, "/entities/0/type", "PEOPLE"),
                change("profile type in lower case", profile, "/type", "person"),
                // instants: ISO-8601 text in UTC
                change("ingestedAt without a zone", raw, "/ingestedAt", "2026-02-05T10:00:00"),
                change("ingestedAt as day/month/year", raw, "/ingestedAt", "05/02/2026 10:00"),
                change("published in month 13", raw, "/published", "2026-13-01T00:00:00Z"),
                change("enrichedAt as epoch milliseconds", enriched, "/enrichedAt", 1770285601250L),
                change("firstSeen as a date only", story, "/firstSeen", "2026-02-05"),
                change("at with an offset instead of UTC", status, "/at", "2026-02-05T11:00:00+01:00"),
                change("dead letter at in words", letter, "/at", "yesterday"),
                // fractions in 0..1
                change("topic score 1.5", enriched, "/topics/0/score", 1.5),
                change("story topic score 1.5", story, "/topics/1/score", 1.5),
                change("negative salience", enriched, "/entities/0/salience", -0.1),
                change("similarity 1.5", enriched, "/similarity", 1.5),
                // topics
                change("topic uri with seven digits", enriched, "/topics/0/uri", "medtop:1100000"),
                change("topic uri in another scheme", enriched, "/topics/0/uri", "iptc:11000000"),
                change("topic code as a number", enriched, "/topics/0/code", 11000000),
                change("topic level 0", enriched, "/topics/0/level", 0),
                // entities
                change("entity id with a name that is not normalised", enriched, "/entities/0/id",
                        "PERSON:Nick Chicker"),
                change("entity id without its type", profile, "/id", "nick checker"),
                change("value for a PERSON", enriched, "/entities/0/value", "Nick"),
                change("entity count 0", story, "/entities/0/count", 0),
                change("mention starting at -1", enriched, "/entities/0/mentions/0/start", -1),
                // null where the record always writes a value
                change("title null", raw, "/title", null),
                change("source null", raw, "/source", null),
                change("entities null", enriched, "/entities", null),
                change("payload null", letter, "/payload", null),
                change("story title null", story, "/title", null),
                // the fields that go together
                change("duplicateOf without similarity", enriched, "/similarity", null),
                change("similarity without duplicateOf", enrichedArticleWithNulls(), "/similarity", 0.5),
                change("failed without a reason", status, "/reason", null),
                change("published with a reason", fileStatusWithNulls(), "/reason", "fine"),
                change("base64 payload that is not base64", binaryDeadLetter(), "/payload", "not base64!"),
                change("text payload over 64 KB", letter, "/payload", "a".repeat(65_537)),
                // digests, counts, sizes
                change("source sha256 too short", raw, "/source/sha256", "abc123"),
                change("file sha256 in upper case", status, "/sha256", SHA256.toUpperCase()),
                change("sizeBytes as text", raw, "/source/sizeBytes", "2280"),
                change("feedItem -1", raw, "/source/feedItem", -1),
                change("partition -2", letter, "/partition", -2),
                change("101 article ids on a profile", profile, "/articleIds", tooMany),
                change("the same article twice in a story", story, "/articleIds", List.of(ID, ID)),
                change("mentionCount 0", profile, "/mentionCount", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void shouldRefuseABrokenEvent(Breakage breakage) {
        JsonNode json = tree(JsonSerdes.toBytes(breakage.sample()));
        assertThat(validate(breakage.sample().getClass(), json)).as("the unbroken event").isEmpty();
        apply(json, breakage.pointer(), breakage.replacement());

        Set<ValidationMessage> messages = validate(breakage.sample().getClass(), json);

        assertThat(messages).as(breakage.what()).isNotEmpty();
        // The refusal names the broken field, not something else that happened to break too.
        int slash = breakage.pointer().lastIndexOf('/');
        if (breakage.replacement() == null) {
            assertThat(messages).as("%s: a message that %s is required", breakage.what(), breakage.pointer())
                    .anySatisfy(message -> {
                        assertThat(message.getType()).isEqualTo("required");
                        assertThat(message.getInstanceLocation().toString())
                                .isEqualTo(breakage.pointer().substring(0, slash));
                        assertThat(message.getProperty()).isEqualTo(breakage.pointer().substring(slash + 1));
                    });
        } else {
            assertThat(messages).as("%s: a message about %s", breakage.what(), breakage.pointer())
                    .anySatisfy(message -> assertThat(message.getInstanceLocation().toString())
                            .isEqualTo(breakage.pointer()));
        }
    }

    // ---- the schema files themselves ---------------------------------------------------------------------------

    @Test
    void shouldHaveExactlyOneSchemaPerEvent() {
        Set<String> expected = EVENTS.stream().map(EventSchemasTest::fileName).collect(Collectors.toSet());

        assertThat(schemaFiles()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void shouldBeValidDraft202012WithIdAndTitleMatchingTheFile(String file) {
        JsonNode schema = load(file);
        Class<? extends Record> event = EVENTS.stream().filter(type -> fileName(type).equals(file)).findFirst()
                .orElseThrow();

        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("$id").asText()).isEqualTo(BASE + file);
        assertThat(schema.path("title").asText()).isEqualTo(event.getSimpleName());
        assertThat(schema.path("description").asText()).as("description").isNotBlank();
        assertThat(schema.path("additionalProperties").asBoolean(false))
                .as("unknown fields are allowed, as readers ignore them").isTrue();
        assertThat(FACTORY.getSchema(SchemaLocation.of(DRAFT_2020_12), CONFIG).validate(schema))
                .as("%s against the 2020-12 meta-schema", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void shouldResolveEveryRefOffline(String file) {
        List<String> refs = new ArrayList<>();
        collectRefs(load(file), refs);

        assertThat(refs).allSatisfy(ref -> assertThat(target(new Located(file, ""), ref).node().isMissingNode())
                .as("%s in %s", ref, file).isFalse());
        // Loading builds every validator and follows every $ref through the classpath mapping.
        schema(file);
    }

    // ---- records and schemas cannot drift apart ----------------------------------------------------------------

    static Stream<Class<? extends Record>> shapes() {
        return SHAPES.keySet().stream().sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void shouldHaveARequiredDescribedPropertyForEveryRecordComponent(Class<? extends Record> type) {
        Located shape = SHAPES.get(type);
        JsonNode properties = shape.node().path("properties");
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));

        assertThat(fieldNames(properties)).as("properties of %s", shape).containsExactlyInAnyOrderElementsOf(components);
        assertThat(texts(shape.node().path("required"))).as("required of %s", shape)
                .containsExactlyInAnyOrderElementsOf(components);
        assertThat(shape.node().path("type").asText()).isEqualTo("object");
        for (RecordComponent component : type.getRecordComponents()) {
            Located property = shape.at("/properties/" + component.getName());
            assertThat(description(property)).as("description of %s", property).isNotBlank();
            assertMatchesJavaType(property, component.getGenericType(), component.getType().isPrimitive());
        }
    }

    private static void assertMatchesJavaType(Located property, Type javaType, boolean primitive) {
        Class<?> raw = javaType instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) javaType;
        Set<String> types = jsonTypes(property);
        if (primitive) {
            assertThat(types).as("%s holds a primitive, never null", property).doesNotContain("null");
        }
        Set<String> nonNull = new LinkedHashSet<>(types);
        nonNull.remove("null");
        assertThat(nonNull).as("JSON type of %s (%s)", property, javaType.getTypeName())
                .containsExactly(jsonType(raw));
        if (raw == Instant.class) {
            assertThat(refChain(property)).as("%s refers to the instant definition", property)
                    .anySatisfy(ref -> assertThat(ref).endsWith("/$defs/instant"));
        }
        if (raw.isRecord()) {
            assertThat(end(property)).as("%s refers to the shape of %s", property, raw.getSimpleName())
                    .isEqualTo(SHAPES.get(raw));
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            assertMatchesJavaType(end(property).at("/items"), element, false);
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type == Instant.class) {
            return "string";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == List.class) {
            return "array";
        }
        if (type.isRecord()) {
            return "object";
        }
        throw new AssertionError("no JSON type known for " + type);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static Set<ValidationMessage> validate(Class<?> type, JsonNode json) {
        return schema(fileName(type)).validate(json);
    }

    private static JsonSchema schema(String file) {
        return SCHEMAS.computeIfAbsent(file, name -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + name), CONFIG);
            schema.initializeValidators();
            return schema;
        });
    }

    /** {@code RawArticle} to {@code raw-article.schema.json}. */
    private static String fileName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + ".schema.json";
    }

    static List<String> schemaFiles() {
        try (Stream<Path> files = Files.list(schemaFolder())) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path schemaFolder() {
        try {
            return Path.of(EventSchemasTest.class.getResource("/schemas").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, JsonNode> FILES = new ConcurrentHashMap<>();

    private static JsonNode load(String file) {
        return FILES.computeIfAbsent(file, name -> {
            try (var in = EventSchemasTest.class.getResourceAsStream("/schemas/" + name)) {
                assertThat(in).as("schemas/%s on the classpath", name).isNotNull();
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("schemas/" + name + " is not valid JSON", e);
            }
        });
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node in one of the schema files: the file and a JSON pointer into it. */
    record Located(String file, String pointer) {
        JsonNode node() {
            return load(file).at(pointer);
        }

        Located at(String more) {
            return new Located(file, pointer + more);
        }

        @Override
        public String toString() {
            return file + "#" + pointer;
        }
    }

    /** Resolves a $ref written in {@code from}'s file: same-file fragments, sibling files, or absolute ids. */
    private static Located target(Located from, String ref) {
        String location = ref.startsWith(BASE) ? ref.substring(BASE.length()) : ref;
        int hash = location.indexOf('#');
        String file = hash == 0 ? from.file() : hash < 0 ? location : location.substring(0, hash);
        String pointer = hash < 0 ? "" : location.substring(hash + 1);
        return new Located(file, pointer);
    }

    /** Every $ref followed from a node, in order, until a node without one. */
    private static List<String> refChain(Located start) {
        List<String> refs = new ArrayList<>();
        Located at = start;
        while (at.node().has("$ref")) {
            String ref = at.node().get("$ref").asText();
            refs.add(target(at, ref).toString());
            at = target(at, ref);
        }
        return refs;
    }

    private static Located end(Located start) {
        Located at = start;
        while (at.node().has("$ref")) {
            at = target(at, at.node().get("$ref").asText());
        }
        return at;
    }

    /** The JSON types a property allows: its own "type", else that of what it refers to. */
    private static Set<String> jsonTypes(Located property) {
        Located at = property;
        while (!at.node().has("type") && at.node().has("$ref")) {
            at = target(at, at.node().get("$ref").asText());
        }
        JsonNode type = at.node().path("type");
        assertThat(type.isMissingNode()).as("%s has a type", property).isFalse();
        return type.isArray() ? new LinkedHashSet<>(texts(type)) : Set.of(type.asText());
    }

    /** A property's description, or that of what it refers to (the fields EnrichedArticle shares with RawArticle). */
    private static String description(Located property) {
        Located at = property;
        while (!at.node().has("description") && at.node().has("$ref")) {
            at = target(at, at.node().get("$ref").asText());
        }
        return at.node().path("description").asText();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The written JSON has exactly the record's components as fields, at every level (no extra getters). */
    private static void assertWritesItsComponents(JsonNode json, Object value, String path) {
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            assertThat(fieldNames(json)).as("fields written at %s", path).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(components).map(RecordComponent::getName).toList());
            for (RecordComponent component : components) {
                try {
                    Object child = component.getAccessor().invoke(record);
                    assertWritesItsComponents(json.get(component.getName()), child, path + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertWritesItsComponents(json.get(i), list.get(i), path + "[" + i + "]");
            }
        } else if (value == null) {
            assertThat(json.isNull()).as("%s written as JSON null", path).isTrue();
        }
    }

    /** Replaces (or, with a null replacement, removes) the node at a JSON pointer. */
    private static void apply(JsonNode root, String pointer, JsonNode replacement) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        assertThat(root.at(pointer).isMissingNode()).as("%s exists before the change", pointer).isFalse();
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(last);
            } else {
                object.set(last, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove(Integer.parseInt(last));
            } else {
                array.set(Integer.parseInt(last), replacement);
            }
        } else {
            throw new AssertionError("no object or array at " + pointer);
        }
    }
}

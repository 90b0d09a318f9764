package news.enrich.stories;

import static news.enrich.stories.StoryArticles.T0;
import static news.enrich.stories.StoryArticles.article;
import static news.enrich.stories.StoryArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import news.enrich.entities.Places;
import news.enrich.GroupingInput;
import news.enrich.entities.Places;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.StoreSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AssignStories} alone in a small topology: the store-backed memory decides as the map one does, and the
 * decisions come from the stores, so restored stores continue the stories.
 */
class AssignStoriesTest {
    private static final StoryConfig CONFIG = StoryConfig.defaults(0.2);
    private static final String IN = "in";
    private static final String OUT = "out";

    @TempDir
    Path stateDir;

    private static final List<EnrichedArticle> ARTICLES = List.of(
            article("t1", "Titanfall servers crash on launch day", "", T0, entity("MISC", "Titanfall", 0.9)),
            article("t2", "Central bank raises interest rates again", "", T0.plusSeconds(30)),
            article("t3", "Titanfall launch hit by server crash", "", T0.plusSeconds(60),
                    entity("MISC", "Titanfall", 0.9)),
            article("t4", "Interest rates: central bank raises them once more", "", T0.plusSeconds(90)),
            article("t5", "Nick Chicker visits Bamako for talks with ministers", "", T0.plusSeconds(120),
                    entity("PERSON", "Nick Chicker", 0.8)),
            article("t6", "Nick Checker in Bamako for talks with ministers", "", T0.plusSeconds(150),
                    entity("PERSON", "Nick Checker", 0.8)),
            article("t7", "Nick Checker ends Bamako talks with ministers", "", T0.plusSeconds(180),
                    entity("PERSON", "Nick Checker", 0.8)));

    private static Topology topology() {
        var builder = new StreamsBuilder();
        AssignStories.storeBuilders(CONFIG).forEach(builder::addStateStore);
        // Key terms worked out before the stage, as enrich does (prepare-grouping); the map memory works them out in
        // the grouper, so every comparison with it also checks that carrying them changes nothing.
        builder.stream(IN, Consumed.with(Serdes.String(), JsonSerdes.of(EnrichedArticle.class)).withName("read"))
                .mapValues(a -> new GroupingInput(a, null, StoryGrouper.keysOf(a, Places.builtIn())),
                        Named.as("prepare-grouping"))
                .processValues(() -> new AssignStories(CONFIG), Named.as("assign-stories"), AssignStories.STORES)
                .to(OUT, Produced.with(Serdes.String(), JsonSerdes.of(EnrichedArticle.class)).withName("write"));
        return builder.build();
    }

    private TopologyTestDriver driver() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stories-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        return new TopologyTestDriver(topology(), props);
    }

    private static Map<String, EnrichedArticle> pipe(TopologyTestDriver driver, List<EnrichedArticle> articles) {
        var in = driver.createInputTopic(IN, Serdes.String().serializer(),
                JsonSerdes.of(EnrichedArticle.class).serializer());
        var out = driver.createOutputTopic(OUT, Serdes.String().deserializer(),
                JsonSerdes.of(EnrichedArticle.class).deserializer());
        articles.forEach(a -> in.pipeInput(a.id(), a, a.ingestedAt()));
        var result = new LinkedHashMap<String, EnrichedArticle>();
        out.readKeyValuesToList().forEach(kv -> result.put(kv.key, kv.value));
        return result;
    }

    private static Map<String, EnrichedArticle> withMapMemory(List<EnrichedArticle> articles) {
        var grouper = new StoryGrouper(CONFIG, new MapStoryMemory(), Places.builtIn());
        var result = new LinkedHashMap<String, EnrichedArticle>();
        articles.forEach(a -> result.put(a.id(), grouper.assign(a).article()));
        return result;
    }

    @Test
    void shouldDecideAsTheMapMemoryDoes() {
        Map<String, EnrichedArticle> expected = withMapMemory(ARTICLES);
        assertThat(expected.get("t3").storyId()).isEqualTo("t1");
        assertThat(expected.get("t7").storyId()).isEqualTo("t5");
        assertThat(expected.get("t7").entities().get(0).name()).isEqualTo("Nick Checker");

        try (TopologyTestDriver driver = driver()) {
            assertThat(pipe(driver, ARTICLES)).isEqualTo(expected);
            KeyValueStore<String, StoryProfile> profiles = driver.getKeyValueStore(StoredStoryMemory.PROFILES);
            assertThat(profiles.get("t1").members()).isEqualTo(2);
            KeyValueStore<String, Membership> members = driver.getKeyValueStore(StoredStoryMemory.ARTICLES);
            assertThat(members.get("t3").storyId()).isEqualTo("t1");
        }
    }

    /**
     * A new processor on another instance starts from the stores restored from their changelogs: copying the stores'
     * content into a fresh driver stands for that restore, and the stories continue exactly as without the move.
     */
    @Test
    void shouldContinueTheStoriesFromRestoredStores() {
        Map<String, EnrichedArticle> expected = withMapMemory(ARTICLES);
        var saved = new LinkedHashMap<String, List<KeyValue<String, Object>>>();
        var all = new LinkedHashMap<String, EnrichedArticle>();
        try (TopologyTestDriver driver = driver()) {
            all.putAll(pipe(driver, ARTICLES.subList(0, 5)));
            for (String store : AssignStories.STORES) {
                var entries = new ArrayList<KeyValue<String, Object>>();
                KeyValueStore<String, Object> kv = driver.getKeyValueStore(store);
                try (var iterator = kv.all()) {
                    iterator.forEachRemaining(entries::add);
                }
                saved.put(store, entries);
            }
        }
        assertThat(saved.get(StoredStoryMemory.PROFILES)).isNotEmpty();
        try (TopologyTestDriver driver = driver()) {
            saved.forEach((store, entries) -> {
                KeyValueStore<String, Object> kv = driver.getKeyValueStore(store);
                entries.forEach(entry -> kv.put(entry.key, entry.value));
            });
            all.putAll(pipe(driver, ARTICLES.subList(5, ARTICLES.size())));
        }
        assertThat(all).isEqualTo(expected);
        assertThat(all.get("t7").storyId()).isEqualTo("t5");
    }

    /**
     * What a lost instance leaves behind is the changelogs: replaying them, in order, into fresh stores must give the
     * stories as they were. Fails if a write held back by the write-back stores never reaches its changelog, or if
     * two writes of one key reach it in the wrong order.
     */
    @Test
    void shouldContinueTheStoriesFromTheirChangelogs() {
        Map<String, EnrichedArticle> expected = withMapMemory(ARTICLES);
        var logged = new LinkedHashMap<String, List<KeyValue<String, byte[]>>>();
        var all = new LinkedHashMap<String, EnrichedArticle>();
        try (TopologyTestDriver driver = driver()) {
            all.putAll(pipe(driver, ARTICLES.subList(0, 5)));
            for (String store : AssignStories.STORES) {
                logged.put(store, driver.createOutputTopic("stories-test-" + store + "-changelog",
                        Serdes.String().deserializer(), Serdes.ByteArray().deserializer()).readKeyValuesToList());
            }
        }
        assertThat(logged.get(StoredStoryMemory.PROFILES)).isNotEmpty();
        try (TopologyTestDriver driver = driver()) {
            logged.forEach((store, records) -> {
                KeyValueStore<String, Object> kv = driver.getKeyValueStore(store);
                records.forEach(record -> {
                    if (record.value == null) {
                        kv.delete(record.key);
                    } else {
                        kv.put(record.key, decode(store, record.value));
                    }
                });
            });
            all.putAll(pipe(driver, ARTICLES.subList(5, ARTICLES.size())));
        }
        assertThat(all).isEqualTo(expected);
    }

    private static Object decode(String store, byte[] bytes) {
        return switch (store) {
            case StoredStoryMemory.PROFILES -> StoreSerde.fromBytes(bytes, StoryProfile.class, StoredStoryMemory.PROFILE);
            case StoredStoryMemory.INDEX -> StoreSerde.fromBytes(bytes, Postings.class, StoredStoryMemory.POSTINGS);
            case StoredStoryMemory.ARTICLES -> StoreSerde.fromBytes(bytes, Membership.class,
                    StoredStoryMemory.MEMBERSHIP);
            default -> StoreSerde.fromBytes(bytes, TermCount.class, StoredStoryMemory.TERM_COUNT);
        };
    }

    /** A replayed article (reprocessed after a crash before its offset committed) keeps the story it was given. */
    @Test
    void shouldGiveAReplayedArticleTheStoryItHad() {
        Map<String, EnrichedArticle> expected = withMapMemory(ARTICLES);
        try (TopologyTestDriver driver = driver()) {
            pipe(driver, ARTICLES);
            Map<String, EnrichedArticle> replayed = pipe(driver, ARTICLES.subList(2, 4));
            assertThat(replayed.get("t3").storyId()).isEqualTo(expected.get("t3").storyId());
            assertThat(replayed.get("t4").storyId()).isEqualTo(expected.get("t4").storyId());
        }
    }

    @Test
    void shouldStartOverWithEmptyStores() {
        try (TopologyTestDriver driver = driver()) {
            pipe(driver, ARTICLES.subList(0, 5));
        }
        try (TopologyTestDriver driver = driver()) {
            // Nothing restored: the decision can only have come from the (empty) stores, not from a field.
            assertThat(pipe(driver, List.of(ARTICLES.get(5))).get("t6").storyId()).isEqualTo("t6");
        }
    }
}

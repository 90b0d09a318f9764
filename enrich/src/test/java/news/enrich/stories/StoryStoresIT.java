package news.enrich.stories;

import static news.enrich.stories.StoryArticles.T0;
import static news.enrich.stories.StoryArticles.article;
import static news.enrich.stories.StoryArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import news.enrich.entities.Places;
import news.enrich.GroupingInput;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.StoreSerde;
import news.testkit.Eventually;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import news.testkit.TopicContents;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story stores under exactly-once on a real broker. The write-back stores hold changes until Streams flushes the
 * task's caches just before it commits; this checks that Kafka Streams does call them there, inside the transaction:
 * once the input offsets are committed, and with no later record to start another commit, the changelogs read with
 * {@code read_committed} hold exactly what the map memory holds after the same articles. (A store that wrote only in
 * {@code StateStore.commit} would fail here: under exactly-once Streams calls that after the transaction, and only
 * when it forces a checkpoint.) The topology test driver cannot show this: it commits after every record.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StoryStoresIT {
    private static final StoryConfig CONFIG = StoryConfig.defaults(0.2);
    private static final List<EnrichedArticle> ARTICLES = List.of(
            article("t1", "Titanfall servers crash on launch day", "", T0, entity("MISC", "Titanfall", 0.9)),
            article("t2", "Central bank raises interest rates again", "", T0.plusSeconds(30)),
            article("t3", "Titanfall launch hit by server crash", "", T0.plusSeconds(60),
                    entity("MISC", "Titanfall", 0.9)),
            article("t4", "Nick Chicker visits Bamako for talks with ministers", "", T0.plusSeconds(90),
                    entity("PERSON", "Nick Chicker", 0.8)),
            article("t5", "Nick Checker in Bamako for talks with ministers", "", T0.plusSeconds(120),
                    entity("PERSON", "Nick Checker", 0.8)));

    @TempDir
    Path stateDir;

    @Test
    void shouldHaveEveryStoryWriteInTheChangelogsOnceTheInputIsCommitted(KafkaBroker broker) throws Exception {
        String prefix = "story-stores-it-" + System.nanoTime();
        String in = prefix + ".in";
        String out = prefix + ".out";
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(in, 1, (short) 1), new NewTopic(out, 1, (short) 1))).all().get();
        }
        try (var producer = new KafkaProducer<>(client, new StringSerializer(),
                JsonSerdes.of(EnrichedArticle.class).serializer())) {
            for (EnrichedArticle a : ARTICLES) {
                producer.send(new ProducerRecord<>(in, 0, a.ingestedAt().toEpochMilli(), a.id(), a));
            }
        }

        var builder = new StreamsBuilder();
        AssignStories.storeBuilders(CONFIG).forEach(builder::addStateStore);
        builder.stream(in, Consumed.with(Serdes.String(), JsonSerdes.of(EnrichedArticle.class)).withName("read"))
                .mapValues(a -> new GroupingInput(a, null, null), Named.as("nothing-carried"))
                .processValues(() -> new AssignStories(CONFIG), Named.as("assign-stories"), AssignStories.STORES)
                .to(out, Produced.with(Serdes.String(), JsonSerdes.of(EnrichedArticle.class)).withName("write"));
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, prefix);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put("auto.offset.reset", "earliest");
        var memory = new MapStoryMemory();
        var grouper = new StoryGrouper(CONFIG, memory, Places.builtIn());
        ARTICLES.forEach(grouper::assign);

        try (var streams = new KafkaStreams(builder.build(), props); Admin admin = Admin.create(client)) {
            streams.start();
            var input = new TopicPartition(in, 0);
            Eventually.await(Duration.ofMinutes(2), "the input committed past every article", () -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(prefix).partitionsToOffsetAndMetadata()
                        .get().get(input);
                return committed != null && committed.offset() == ARTICLES.size();
            });
            // Still running, with nothing more to process: no later commit can bring in what this one missed.
            assertThat(changelog(broker, prefix, StoredStoryMemory.PROFILES,
                    bytes -> StoreSerde.fromBytes(bytes, StoryProfile.class, StoredStoryMemory.PROFILE)))
                    .isEqualTo(contents(memory.profiles()));
            assertThat(changelog(broker, prefix, StoredStoryMemory.INDEX,
                    bytes -> StoreSerde.fromBytes(bytes, Postings.class, StoredStoryMemory.POSTINGS)))
                    .isEqualTo(contents(memory.index()));
            assertThat(changelog(broker, prefix, StoredStoryMemory.ARTICLES,
                    bytes -> StoreSerde.fromBytes(bytes, Membership.class, StoredStoryMemory.MEMBERSHIP)))
                    .isEqualTo(contents(memory.articles()));
            assertThat(changelog(broker, prefix, StoredStoryMemory.TERMS,
                    bytes -> StoreSerde.fromBytes(bytes, TermCount.class, StoredStoryMemory.TERM_COUNT)))
                    .isEqualTo(contents(memory.terms()));
            assertThat(contents(memory.articles())).hasSize(ARTICLES.size());
        }
    }

    /** The latest committed value of each key, as a restore would leave the store. */
    private static <V> Map<String, V> changelog(KafkaBroker broker, String applicationId, String store,
                                                Function<byte[], V> decode) throws Exception {
        var latest = new TreeMap<String, V>();
        for (ConsumerRecord<String, byte[]> record : TopicContents.read(broker,
                applicationId + "-" + store + "-changelog")) {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), decode.apply(record.value()));
            }
        }
        return latest;
    }

    private static <V> Map<String, V> contents(StoryMemory.Table<V> table) {
        var all = new TreeMap<String, V>();
        table.forEach(all::put);
        return all;
    }
}

package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import news.enrich.EnrichApp;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.EntityProfile;
import news.events.JsonSerdes;
import news.events.TopicLayout;
import news.events.Topics;
import news.settings.Settings;
import news.sink.SinkApp;
import news.testkit.Eventually;
import news.testkit.KafkaBroker;
import news.testkit.TopicContents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One fault test's pipeline against the shared broker: its own topic prefix and application ids, a config file
 * with short Kafka timeouts (so a killed member leaves the group in seconds, not the 45 s default), and the
 * services either in this JVM or as {@link ChildProcess}es of {@code newsflow run}, all sharing the same state and
 * output folders under {@code work}.
 */
final class FaultRig {
    static final Duration DEADLINE = Duration.ofMinutes(3);

    private final KafkaBroker broker;
    private final Path work;
    private final Path config;
    private final Settings settings;
    private final Topics topics;

    private FaultRig(KafkaBroker broker, Path work, Path config, Settings settings, Topics topics) {
        this.broker = broker;
        this.work = work;
        this.config = config;
        this.settings = settings;
        this.topics = topics;
    }

    /** Writes the config (defaults below, then {@code extra} lines) and creates the topics. */
    static FaultRig create(KafkaBroker broker, Path work, String name, String... extra) throws Exception {
        String prefix = name + System.nanoTime() + ".";
        var lines = new ArrayList<>(List.of(
                "topics.prefix=" + prefix,
                "topics.partitions=3",
                "ingest.inbox.dir=" + work.resolve("inbox"),
                "ingest.files.stable-after=50ms",
                "ingest.inbox.poll-interval=50ms",
                "enrich.streams.application-id=" + prefix + "enrich",
                "sink.streams.application-id=" + prefix + "sink",
                // The same folder `run --state work/state` gives a child.
                "enrich.streams.state-dir=" + work.resolve("state/streams"),
                "sink.streams.state-dir=" + work.resolve("state/streams"),
                "sink.out.dir=" + work.resolve("out"),
                "operations.http.enabled=false",
                "kafka.commit.interval.ms=100",
                // The broker's minimum; a SIGKILLed member is dropped from the group after it.
                "kafka.session.timeout.ms=6000",
                "kafka.heartbeat.interval.ms=1000",
                // An open transaction of a dead producer blocks read_committed readers until it times out.
                "kafka.producer.transaction.timeout.ms=10000"));
        lines.addAll(List.of(extra));
        Path config = Files.writeString(work.resolve(name + ".properties"), String.join("\n", lines) + "\n");
        Settings settings = Configuration.load(config, Map.of(Configuration.BOOTSTRAP, broker.bootstrapServers()),
                Map.of());
        Topics topics = Topics.create(Configuration.bind(settings).topics());
        try (KafkaAdmin admin = KafkaAdmin.connect(settings.kafka())) {
            admin.createTopics(topics);
        }
        return new FaultRig(broker, work, config, settings, topics);
    }

    Topics topics() {
        return topics;
    }

    Path out() {
        return work.resolve("out");
    }

    Path work() {
        return work;
    }

    /** {@code newsflow run <service>} in a child JVM against this rig's broker, config and state folder. */
    ChildProcess run(String service, String name) throws Exception {
        return ChildProcess.start(service + "-" + name, work, "384m", "run", service,
                "--bootstrap", broker.bootstrapServers(), "--config", config.toString(),
                "--state", work.resolve("state").toString());
    }

    EnrichApp startEnrich() {
        var app = EnrichApp.create(Configuration.bind(settings).enrich(), topics, settings.kafka(), TopicLayout.FOUR_MB);
        app.start();
        return app;
    }

    SinkApp startSink() {
        var app = SinkApp.create(Configuration.bind(settings).sink(), topics, settings.kafka(), TopicLayout.FOUR_MB,
                new SimpleMeterRegistry());
        app.start();
        return app;
    }

    /**
     * The test's feed. Not idempotent: on the shared test broker an idempotent producer sometimes stalled on
     * OutOfOrderSequence right after a topic was created (seq 0 against 310, Kafka 4.3.1) until its delivery timeout.
     * A resent record is harmless here: it has its article's id, and enrich drops it as an exact copy.
     */
    KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers(),
                "enable.idempotence", false, "acks", "all", "linger.ms", 5, "batch.size", 131072,
                "max.request.size", TopicLayout.FOUR_MB),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A topic's records, read_committed, from the beginning to its current end. */
    List<ConsumerRecord<String, byte[]>> read(String topic) throws Exception {
        return TopicContents.read(broker, topic);
    }

    /**
     * Waits until the output is complete: an article file for every expected article, every article in
     * {@code news.articles}, and every article in a story file. Fails early when the child given has died.
     */
    void awaitComplete(ArticleSet articles, ChildProcess running) throws Exception {
        Path files = out().resolve("articles");
        int expected = articles.expectedCount();
        await("every article file", () -> ArticleSet.count(files) >= expected || !alive(running));
        assertAlive(running);
        await("every article in news.articles", () -> read(topics.articles().name()).size() >= expected);
        await("every article in a story file",
                () -> ArticleSet.storyMembership(out().resolve("stories")).size() >= expected || !alive(running));
        assertAlive(running);
    }

    /**
     * The exact expected output: every article exactly once in {@code news.articles.enriched} and
     * {@code news.articles} (read_committed, the same values), byte-identical files.
     */
    void assertExactOutput(ArticleSet articles) throws Exception {
        Map<String, EnrichedArticle> enriched = articles.assertExactlyOnce("news.articles.enriched",
                read(topics.articlesEnriched().name()));
        Map<String, EnrichedArticle> latest = articles.assertExactlyOnce("news.articles", read(topics.articles().name()));
        assertThat(latest).as("news.articles against news.articles.enriched").isEqualTo(enriched);
        articles.assertFiles(out(), latest);
    }

    /**
     * Waits until {@code news.entities} holds, for every entity of the articles in {@code news.articles}, the profile
     * they add up to: each article counted once, with its mentions, and none missing. A profile is emitted a while
     * after its entity changes (sink.entities.emit-after), so this also proves that changes not yet emitted when a
     * sink died are emitted after its restart.
     */
    void awaitEntityProfiles() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Set<String>> articleIds = new HashMap<>();
        for (var record : read(topics.articles().name())) {
            EnrichedArticle article = JsonSerdes.fromBytes(record.value(), EnrichedArticle.class);
            for (Entity entity : article.entities()) {
                counts.merge(entity.id(), (long) Math.max(1, entity.count()), Long::sum);
                articleIds.computeIfAbsent(entity.id(), id -> new HashSet<>()).add(article.id());
            }
        }
        assertThat(counts).as("entities in the articles").isNotEmpty();
        Map<String, EntityProfile> profiles = new HashMap<>();
        Callable<List<String>> wrong = () -> {
            profiles.clear();
            for (var record : read(topics.entities().name())) {
                profiles.put(record.key(), JsonSerdes.fromBytes(record.value(), EntityProfile.class));
            }
            return counts.keySet().stream().filter(id -> {
                EntityProfile profile = profiles.get(id);
                return profile == null || profile.mentionCount() != counts.get(id)
                        || !articleIds.get(id).containsAll(profile.articleIds())
                        || profile.articleIds().size() != Math.min(articleIds.get(id).size(), 100);
            }).sorted().toList();
        };
        await("every entity profile complete", () -> wrong.call().isEmpty());
        assertThat(wrong.call()).as("entities whose profile does not add up").isEmpty();
        assertThat(profiles.keySet()).as("profiles of entities no article names").isEqualTo(counts.keySet());
    }

    void assertNoDeadLetters() throws Exception {
        assertThat(read(topics.enrichDlq().name())).as("dead letters").isEmpty();
    }

    private static boolean alive(ChildProcess child) {
        return child == null || child.isAlive();
    }

    private static void assertAlive(ChildProcess child) {
        if (child != null && !child.isAlive()) {
            throw new AssertionError("the child died: " + child.logTail());
        }
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        Eventually.await(DEADLINE, what, condition);
    }
}

package news.launcher;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import news.broker.EmbeddedKafkaBroker;
import news.enrich.ArticleEnricher;
import news.enrich.EnrichConfig;
import news.enrich.EnrichTopology;
import news.enrich.GroupingInput;
import news.enrich.dedup.MarkNearDuplicates;
import news.enrich.dedup.MinHasher;
import news.enrich.entities.Places;
import news.enrich.stories.AssignStories;
import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import news.settings.ExactlyOnceStreams;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Not a test: a measuring driver for the grouping stage of enrich (near-duplicates and stories), run by hand
 * (docs/performance.md). It enriches the pipeline benchmark's synthetic articles ({@link SyntheticArticles}) with the
 * shipped models, writes them as the grouping repartition topic holds them (one partition, field by field, each
 * with its MinHash fingerprint and story key terms as the parallel stage works them out), and runs
 * {@code mark-near-duplicates → assign-stories} on a real embedded broker with enrich's settings (exactly-once, 100 ms
 * commits, the production store builders), one stream thread. The figure is that thread's CPU time per article
 * between the {@code warmup}-th and the last article: reading, decoding, both steps, the stores and their changelogs,
 * writing and committing, as the stage pays them in the pipeline.
 *
 * <p>Run from the checkout (it reads {@code seeds/} and {@code ../shared/data/bbc}); the enriched articles are kept in
 * the temporary folder for the next run:
 * <pre>
 * ./mvnw -B -q -pl launcher -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp launcher/target/test-classes:launcher/target/classes:$(cat /tmp/cp.txt) \
 *     news.launcher.GroupingStageCpu [warmup, 3000] [timed, 4000]
 * </pre>
 */
public final class GroupingStageCpu {
    private static final String IN = "grouping-in";
    private static final String OUT = "grouping-out";

    private GroupingStageCpu() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int total = warmup + timed;
        Path work = Files.createTempDirectory("grouping-cpu");
        Map<String, String> commandLine = Map.of("enrich.streams.state-dir", work.resolve("streams").toString());
        EnrichConfig enrich = Configuration.bind(Configuration.load(null, commandLine, Map.of())).enrich();
        long started = System.nanoTime();
        List<EnrichedArticle> articles = cached(enrich, total);
        System.out.printf("enriched %d articles in %.1f s, %.1f entities each%n", total,
                (System.nanoTime() - started) / 1e9,
                articles.stream().mapToInt(a -> a.entities().size()).average().orElse(0));
        try (var broker = EmbeddedKafkaBroker.start(work.resolve("kafka"))) {
            Map<String, String> kafka = Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (var admin = KafkaAdmin.connect(kafka)) {
                admin.admin().createTopics(List.of(new NewTopic(IN, 1, (short) 1), new NewTopic(OUT, 1, (short) 1)))
                        .all().get();
            }
            produce(kafka, articles, enrich.nearDuplicates().hasher());
            run(kafka, enrich, work, warmup, total);
        } finally {
            IngestBench.deleteTree(work);
        }
    }

    /** Enriching takes longer than the run: the articles are kept in a temporary file between runs. */
    private static List<EnrichedArticle> cached(EnrichConfig enrich, int count) throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "grouping-stage-" + count + ".jsonl");
        if (Files.isRegularFile(file)) {
            return Files.readAllLines(file).stream()
                    .map(line -> JsonSerdes.fromBytes(line.getBytes(StandardCharsets.UTF_8), EnrichedArticle.class))
                    .toList();
        }
        List<EnrichedArticle> articles = enriched(enrich, count);
        Files.write(file, articles.stream().map(a -> new String(JsonSerdes.toBytes(a), StandardCharsets.UTF_8))
                .toList());
        return articles;
    }

    private static List<EnrichedArticle> enriched(EnrichConfig enrich, int count) throws Exception {
        Path home = Path.of(System.getProperty("newsflow.home", "."));
        SyntheticArticles synthetic = SyntheticArticles.fromTexts(List.of(home.resolve("seeds"),
                home.resolve("../shared/data/bbc")));
        var parser = new ArticleFileParser();
        var enricher = new ArticleEnricher(enrich.entities().extractor(), enrich.topics().scorer(), Clock.systemUTC());
        Instant at = Instant.parse("2026-11-20T00:00:00Z");
        var articles = new ArrayList<EnrichedArticle>(count);
        for (int n = 0; n < count; n++) {
            SyntheticArticles.Article text = synthetic.article(n);
            var file = new ArticleFile("/bench/" + text.fileName(), text.fileName(),
                    text.text().getBytes(StandardCharsets.UTF_8), at.plusMillis(200L * n));
            if (parser.parse(file) instanceof ParseResult.Parsed parsed) {
                for (RawArticle raw : parsed.articles()) {
                    articles.add(enricher.enrich(raw));
                }
            }
        }
        return articles;
    }

    /** The articles as the parallel stage writes them, with fingerprint and key terms (worked out here, untimed). */
    private static void produce(Map<String, String> kafka, List<EnrichedArticle> articles, MinHasher hasher) {
        Map<String, Object> props = new LinkedHashMap<>(kafka);
        props.put("enable.idempotence", true);
        props.put("max.request.size", 4 * 1024 * 1024);
        Serde<GroupingInput> groupArticles = EnrichTopology.groupArticleSerde();
        Places places = Places.builtIn();
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(IN, 0, article.ingestedAt().toEpochMilli(), article.id(),
                        groupArticles.serializer().serialize(IN, GroupingInput.of(article, hasher, places))));
            }
            producer.flush();
        }
    }

    private static void run(Map<String, String> kafka, EnrichConfig enrich, Path work, int warmup, int total)
            throws Exception {
        var seen = new AtomicLong();
        var cpuAtWarm = new AtomicLong();
        var cpuAtEnd = new AtomicLong();
        var wallAtWarm = new AtomicLong();
        var wallAtEnd = new AtomicLong();
        var threads = ManagementFactory.getThreadMXBean();
        // -Dgrouping.decisions=FILE: every decision, to compare two versions' outputs line by line.
        String decisionsFile = System.getProperty("grouping.decisions");
        var decisions = new StringBuilder();
        var builder = new StreamsBuilder();
        MarkNearDuplicates.storeBuilders(enrich.dedupRetention()).forEach(builder::addStateStore);
        AssignStories.storeBuilders(enrich.stories()).forEach(builder::addStateStore);
        builder.stream(IN, Consumed.with(Serdes.String(), EnrichTopology.groupArticleSerde()).withName("read"))
                .processValues(() -> new MarkNearDuplicates(enrich.nearDuplicates(), enrich.dedupRetention(),
                        new LongAdder()), Named.as("mark-near-duplicates"), MarkNearDuplicates.STORES)
                .processValues(() -> new AssignStories(enrich.stories()), Named.as("assign-stories"),
                        AssignStories.STORES)
                .peek((id, article) -> {
                    // On the stream thread itself: its CPU clock is the stage's.
                    long n = seen.incrementAndGet();
                    if (decisionsFile != null) {
                        decisions.append(id).append(' ').append(article.storyId()).append(' ')
                                .append(article.duplicateOf()).append(' ').append(article.similarity());
                        article.entities().forEach(e -> decisions.append(" | ").append(e.id()).append(' ')
                                .append(e.name()).append(' ').append(e.count()));
                        decisions.append('\n');
                    }
                    if (n == warmup) {
                        cpuAtWarm.set(threads.getCurrentThreadCpuTime());
                        wallAtWarm.set(System.nanoTime());
                    } else if (n == total) {
                        cpuAtEnd.set(threads.getCurrentThreadCpuTime());
                        wallAtEnd.set(System.nanoTime());
                    }
                }, Named.as("count"))
                .to(OUT, Produced.with(Serdes.String(), JsonSerdes.of(EnrichedArticle.class)).withName("write"));
        Topology topology = builder.build();
        var props = ExactlyOnceStreams.properties("grouping-cpu", work.resolve("streams"), kafka, 4 * 1024 * 1024,
                enrich.rocksDbMemory(), enrich.commitInterval());
        props.put("auto.offset.reset", "earliest");
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        var streams = new KafkaStreams(topology, props);
        try {
            streams.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (cpuAtEnd.get() == 0) {
                if (streams.state() == KafkaStreams.State.ERROR || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the grouping stage stopped or stalled at " + seen.get());
                }
                Thread.sleep(50);
            }
        } finally {
            ExactlyOnceStreams.close(streams);
        }
        if (decisionsFile != null) {
            Files.writeString(Path.of(decisionsFile), decisions);
        }
        int timed = total - warmup;
        double cpuMicros = (cpuAtEnd.get() - cpuAtWarm.get()) / 1e3 / timed;
        double seconds = (wallAtEnd.get() - wallAtWarm.get()) / 1e9;
        System.out.printf("grouping stage: %d articles timed after %d: %.0f µs CPU per article on the stream thread, "
                + "%.0f articles/s%n", timed, warmup, cpuMicros, timed / seconds);
    }
}

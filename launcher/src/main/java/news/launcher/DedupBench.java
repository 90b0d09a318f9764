package news.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import news.broker.EmbeddedKafkaBroker;
import news.enrich.ArticleEnricher;
import news.enrich.EnrichConfig;
import news.enrich.EnrichCounts;
import news.enrich.EnrichTopology;
import news.enrich.entities.EntityExtractor;
import news.enrich.topics.TopicScorer;
import news.events.ArticleIdentity;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Source;
import news.events.Topics;
import news.settings.Settings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench dedup}: the enrich topology with entity and topic scoring switched off, so what is left is
 * parsing, exact duplicates, the repartition into the single grouping partition and the grouping steps, against a
 * pass-through Streams application (read, write, same exactly-once settings) over the same backlog in the same run.
 * Each is timed from the moment it is RUNNING until it has committed past every input record.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Duplicate and grouping stages of enrich as a ratio to a pass-through Streams stage.")
final class DedupBench implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
            description = "Articles in the backlog; one in ten is a revised copy of an earlier one, one in twenty an "
                    + "exact copy (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/data/bbc",
            description = "Plain-text articles (*.txt, line 1 the headline) to build the backlog from, besides "
                    + "seeds/ (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Use this cluster instead of an embedded broker.")
    String bootstrap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> texts = texts();
        Path work = Files.createTempDirectory("newsflow-bench");
        EmbeddedKafkaBroker broker = bootstrap == null ? EmbeddedKafkaBroker.start(work.resolve("kafka")) : null;
        try {
            String servers = broker != null ? broker.bootstrapServers() : bootstrap;
            String prefix = "benchdedup" + System.nanoTime() + ".";
            Settings settings = Configuration.load(null, Map.of("kafka.bootstrap.servers", servers,
                    "topics.prefix", prefix, "enrich.streams.state-dir", work.resolve("streams").toString(),
                    "enrich.streams.application-id", prefix + "enrich"), System.getenv());
            Configuration.Bound config = Configuration.bind(settings);
            Topics topics = Topics.create(config.topics());
            try (var admin = KafkaAdmin.connect(settings.kafka())) {
                admin.createTopics(topics);
                admin.admin().createTopics(List.of(new NewTopic(prefix + "out", topics.articlesRaw().partitions(),
                        (short) 1))).all().get();
            }
            int records = produce(settings.kafka(), topics, texts, config.topics().maxMessageBytes());
            out.printf("backlog            %,10d articles in %s (%d partitions)%n", records,
                    topics.articlesRaw().name(), topics.articlesRaw().partitions());
            out.flush();
            double passThrough = rate(settings.kafka(), DrainTimer.passThrough(topics.articlesRaw().name(), prefix + "out"), prefix + "passthrough",
                    List.of(topics.articlesRaw().name()), work, records, config);
            out.printf("pass-through       %,10.0f records/s (read and write the same bytes, exactly once)%n",
                    passThrough);
            out.flush();
            EnrichConfig enrich = config.enrich();
            var grouping = new EnrichTopology(topics, enrich.dedupRetention(), enrich.nearDuplicates(),
                    enrich.stories(), new ArticleEnricher(EntityExtractor.NONE, TopicScorer.NONE, Clock.systemUTC()),
                    new EnrichCounts(), Clock.systemUTC()).build();
            String groupingId = prefix + "grouping";
            double dedup = rate(settings.kafka(), grouping, groupingId, EnrichTopology.inputTopics(topics,
                    groupingId), work, records, config);
            out.printf("dedup + grouping   %,10.0f articles/s (parse, exact, repartition to one, near-dup, stories)%n", dedup);
            out.printf("ratio              %10.2f%n", dedup / passThrough);
            var figures = new LinkedHashMap<String, Object>();
            figures.put("articles", records);
            figures.put("articles_per_second", Math.round(dedup));
            figures.put("passthrough_articles_per_second", Math.round(passThrough));
            figures.put("ratio", Math.round(dedup / passThrough * 1000) / 1000.0);
            out.println(new String(JsonSerdes.toBytes(figures), StandardCharsets.UTF_8));
            out.flush();
        } finally {
            if (broker != null) {
                broker.close();
            }
            IngestBench.deleteTree(work);
        }
        return 0;
    }

    private static double rate(Map<String, String> kafka, Topology topology, String applicationId, List<String> inputs,
                               Path work, int records, Configuration.Bound config) throws Exception {
        return DrainTimer.recordsPerSecond(kafka, topology, applicationId, inputs, work.resolve("streams"), records,
                config.topics().maxMessageBytes(), config.enrich());
    }

    /** Unique articles from the texts, with revised and exact copies mixed in, keyed by id as ingest keys them. */
    private int produce(Map<String, String> kafka, Topics topics, List<String[]> texts, int maxRecordBytes) {
        Map<String, Object> props = new LinkedHashMap<>(kafka);
        props.put("enable.idempotence", true);
        props.put("max.request.size", maxRecordBytes);
        var sent = new ArrayList<RawArticle>();
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            Instant at = Instant.now();
            for (int i = 0; i < articles; i++) {
                RawArticle article;
                if (i % 20 == 19) {
                    article = sent.get(i / 2);
                } else if (i % 10 == 9) {
                    RawArticle earlier = sent.get(i / 2);
                    String body = earlier.body().substring(0, earlier.body().length() * 2 / 3) + "\n\nUpdated " + i;
                    article = article(earlier.title(), body, i, at);
                } else {
                    String[] text = texts.get(i % texts.size());
                    article = article(text[0] + " (" + i + ")", text[1] + "\n\nReference " + i + ".", i, at);
                }
                sent.add(article);
                producer.send(new ProducerRecord<>(topics.articlesRaw().name(), null, at.toEpochMilli(),
                        article.id(), JsonSerdes.toBytes(article)));
            }
            producer.flush();
        }
        return articles;
    }

    private static RawArticle article(String title, String body, int i, Instant at) {
        String name = "a" + i + ".txt";
        var source = new Source("/bench/" + name, name, ArticleIdentity.sha256Hex(body.getBytes(StandardCharsets.UTF_8)),
                "text/plain", body.length(), null);
        return new RawArticle(ArticleIdentity.articleId(title, body), title, "headline", body, null, null, "en", null,
                "txt", source, at);
    }

    /** Headline (line 1) and body of every .txt under seeds/ and the corpus. */
    private List<String[]> texts() throws IOException {
        var texts = new ArrayList<String[]>();
        for (byte[] bytes : IngestBench.texts(corpus)) {
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            int newline = text.indexOf('\n');
            texts.add(newline < 0 ? new String[] {text, ""}
                    : new String[] {text.substring(0, newline).strip(), text.substring(newline + 1).strip()});
        }
        return texts;
    }
}

package news.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import news.broker.EmbeddedKafkaBroker;
import news.events.JsonSerdes;
import news.events.TopicLayout;
import news.events.Topics;
import news.ingest.ArticlePublisher;
import news.ingest.IngestApp;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import news.settings.Settings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench ingest}: (1) parsing alone, single thread, over the seeds and a corpus of plain-text
 * articles; (2) a folder of files through ingest to Kafka, against a bare producer sending the same bytes with the
 * same settings in the same run. The broker is embedded in this process unless {@code --bootstrap} is given.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parsing speed, and folder-to-Kafka ingest as a ratio to a bare producer.")
final class IngestBench implements Callable<Integer> {
    private static final int PASSES = 5;

    @Option(names = "--files", paramLabel = "N", defaultValue = "10000", description = "Files for the folder ingest (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/data/bbc",
            description = "Plain-text articles (searched recursively for *.txt) besides seeds/ (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Use this cluster instead of an embedded broker.")
    String bootstrap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> texts = texts(corpus);
        double parseRate = parseRate(texts);
        out.printf("parsing            %,10.0f articles/s (one thread, %d texts, median of %d passes)%n", parseRate,
                texts.size(), PASSES);
        out.flush();
        Path work = Files.createTempDirectory("newsflow-bench");
        EmbeddedKafkaBroker broker = bootstrap == null ? EmbeddedKafkaBroker.start(work.resolve("kafka")) : null;
        try {
            String servers = broker != null ? broker.bootstrapServers() : bootstrap;
            Path source = writeFiles(work.resolve("source"), texts);
            double bare = bareProducerRate(servers, source);
            out.printf("bare producer      %,10.0f records/s (%d files' bytes, same producer settings)%n", bare, files);
            out.flush();
            double ingest = ingestRate(servers, source, work);
            out.printf("folder ingest      %,10.0f files/s (read, parse, publish, acknowledge, move)%n", ingest);
            out.printf("ratio              %10.2f%n", ingest / bare);
            out.println(json(parseRate, bare, ingest));
        } finally {
            if (broker != null) {
                broker.close();
            }
            deleteTree(work);
        }
        return 0;
    }

    private static String json(double parseRate, double bare, double ingest) {
        var figures = new java.util.LinkedHashMap<String, Object>();
        figures.put("parse_articles_per_second", Math.round(parseRate));
        figures.put("ingest_files_per_second", Math.round(ingest));
        figures.put("bare_producer_records_per_second", Math.round(bare));
        figures.put("ratio", Math.round(ingest / bare * 1000) / 1000.0);
        return new String(JsonSerdes.toBytes(figures), StandardCharsets.UTF_8);
    }

    /** The bytes of every .txt article under seeds/ and the corpus, in path order: the benchmarks' raw material. */
    static List<byte[]> texts(Path corpus) throws IOException {
        var texts = new ArrayList<byte[]>();
        Path seeds = Path.of(System.getProperty("newsflow.home", "."), "seeds");
        for (Path dir : List.of(seeds, corpus)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readAllBytes(file));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new StartupException("no .txt articles found in seeds/ or " + corpus);
        }
        return texts;
    }

    private static double parseRate(List<byte[]> texts) {
        var parser = new ArticleFileParser();
        var files = new ArrayList<ArticleFile>();
        for (int i = 0; i < texts.size(); i++) {
            files.add(new ArticleFile("/bench/" + i + ".txt", i + ".txt", texts.get(i), Instant.EPOCH));
        }
        double[] rates = new double[PASSES];
        for (int pass = -2; pass < PASSES; pass++) {
            long started = System.nanoTime();
            int articles = 0;
            for (ArticleFile file : files) {
                if (parser.parse(file) instanceof ParseResult.Parsed parsed) {
                    articles += parsed.articles().size();
                }
            }
            if (pass >= 0) {
                rates[pass] = articles / ((System.nanoTime() - started) / 1e9);
            }
        }
        Arrays.sort(rates);
        return rates[PASSES / 2];
    }

    /** Unique files from the texts: each gets its own last line, so none is a duplicate of another. */
    private Path writeFiles(Path dir, List<byte[]> texts) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < files; i++) {
            String text = new String(texts.get(i % texts.size()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(String.format("a%06d.txt", i)), text + "\n\nReference " + i + ".\n");
        }
        return dir;
    }

    private double bareProducerRate(String servers, Path source) throws Exception {
        List<byte[]> values = new ArrayList<>();
        try (Stream<Path> list = Files.list(source)) {
            for (Path file : list.sorted().toList()) {
                values.add(Files.readAllBytes(file));
            }
        }
        String topic = "bench.bare." + System.nanoTime();
        try (var admin = KafkaAdmin.connect(Map.of("bootstrap.servers", servers))) {
            admin.admin().createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        }
        try (Producer<String, byte[]> producer = ArticlePublisher.createProducer(Map.of("bootstrap.servers", servers),
                TopicLayout.FOUR_MB)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", new byte[1])).get();
            long started = System.nanoTime();
            var sends = new ArrayList<Future<RecordMetadata>>(values.size());
            for (int i = 0; i < values.size(); i++) {
                sends.add(producer.send(new ProducerRecord<>(topic, "k" + i, values.get(i))));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
            return values.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    private double ingestRate(String servers, Path source, Path work) throws Exception {
        String prefix = "bench" + System.nanoTime() + ".";
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Map<String, String> overrides = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", servers,
                "topics.prefix", prefix,
                "ingest.inbox.dir", inbox.toString(),
                "ingest.files.stable-after", "0ms",
                "ingest.inbox.poll-interval", "20ms",
                "sink.out.dir", work.resolve("out").toString(),
                "enrich.streams.state-dir", work.resolve("streams").toString(),
                "sink.streams.state-dir", work.resolve("streams").toString()));
        Settings settings = Configuration.load(null, overrides, Map.of());
        Configuration.Bound config = Configuration.bind(settings);
        Topics topics = Topics.create(config.topics());
        try (var admin = KafkaAdmin.connect(settings.kafka())) {
            admin.createTopics(topics);
        }
        try (IngestApp ingest = IngestApp.create(config.ingest(), topics, settings.kafka(),
                config.topics().maxMessageBytes(), Duration.ofMinutes(1))) {
            ingest.start();
            long started = System.nanoTime();
            try (Stream<Path> list = Files.list(source)) {
                for (Path file : list.toList()) {
                    Files.move(file, inbox.resolve(file.getFileName()));
                }
            }
            while (ingest.counts().filesPublished() + ingest.counts().failedFiles() < files) {
                Thread.sleep(5);
            }
            return files / ((System.nanoTime() - started) / 1e9);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

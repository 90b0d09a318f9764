package news.launcher;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Topics;
import news.ingest.IngestConfig;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import news.settings.Settings;
import news.sink.SinkConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench}: the whole pipeline against the ceiling of the same machine. The broker runs in its own
 * process ({@code newsflow broker}), so this process holds only the pipeline and its heap is the pipeline's. Phases:
 * (1) a pass-through Streams stage with enrich's settings over the raw records of the articles; (2) after a warm-up
 * batch through the whole stack (so the figure is the steady state, not JIT compilation), the articles as files
 * dropped into the inbox at once, through ingest, enrich and sink until every article file is written;
 * (3) new files at a fixed rate, each timed from its arrival in the inbox to its output file (the wait for a file
 * to stay unchanged included). Prints a table, then one JSON line (fields in docs/performance.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"The pipeline benchmark: pass-through ceiling, full pipeline from files to output, latency at"
                + " a fixed rate. Prints a table, then one JSON line.", "Subcommands measure single stages."},
        subcommands = {IngestBench.class, DedupBench.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Callable<Integer> {
    private static final String ENRICH_ID = "bench-enrich";
    private static final String SINK_ID = "bench-sink";
    private static final Duration BROKER_START = Duration.ofMinutes(2);
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(20);

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
            description = "Articles for the throughput phases (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "10000",
            description = "Articles sent through the whole pipeline before phase 2 is timed, so that it measures "
                    + "compiled code rather than the JIT compiler; 0 for none (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--source", paramLabel = "synthetic|DIR", defaultValue = "synthetic",
            description = "synthetic: unique ~4 KB articles in events of 1 to 6 reports, built from the sentences of "
                    + "seeds/ (and of ../shared/data/bbc when present); or a folder of plain-text articles (*.txt, "
                    + "line 1 the headline), reused with a number added to stay unique (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--size", paramLabel = "CHARS", defaultValue = "4000",
            description = "Body length of the synthetic articles (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "100",
            description = "Files per second in the latency phase (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--latency-seconds", paramLabel = "S", defaultValue = "30",
            description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || rate < 1 || latencySeconds < 1 || size < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles, --size, --rate and --latency-seconds take whole numbers above 0, --warmup 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        IntFunction<SyntheticArticles.Article> texts = texts();
        Path work = Files.createTempDirectory("newsflow-bench");
        Process broker = null;
        try {
            out.printf("writing %,d articles (%s) under %s%n", articles, source, work);
            out.flush();
            List<Path> warming = write(texts, work.resolve("warm-up"), 0, warmup);
            List<Path> staged = write(texts, work.resolve("staged"), warmup, articles);
            broker = startBroker(work.resolve("kafka"));
            String servers = awaitReady(broker);
            Settings settings = Configuration.load(null, Map.of(Configuration.BOOTSTRAP, servers,
                    IngestConfig.INBOX, work.resolve("inbox").toString(),
                    IngestConfig.PROCESSED, work.resolve("processed").toString(),
                    IngestConfig.FAILED, work.resolve("failed").toString(),
                    SinkConfig.OUT_DIR, work.resolve("out").toString(),
                    "enrich.streams.application-id", ENRICH_ID, "sink.streams.application-id", SINK_ID,
                    "enrich.streams.state-dir", work.resolve("streams").toString(),
                    "sink.streams.state-dir", work.resolve("streams").toString(),
                    "operations.http.port", "0"), System.getenv());
            Configuration.Bound config = Configuration.bind(settings);
            out.printf("broker             %s (own process, pid %d)%n", servers, broker.pid());
            out.flush();

            double passThrough = passThrough(settings, config, staged, work);
            out.printf("pass-through       %,10.0f articles/s (raw records read and written unchanged, exactly once)%n",
                    passThrough);
            out.flush();

            var figures = new LinkedHashMap<String, Object>();
            try (var heap = new LiveHeap();
                 Stack stack = Stack.start(config, settings.kafka(), new SimpleMeterRegistry())) {
                awaitRunning(stack);
                Files.createDirectories(stack.inbox());
                if (warmup > 0) {
                    long warming0 = System.nanoTime();
                    drop(warming, stack);
                    awaitArticleFiles(stack, warmup, heap);
                    out.printf("warm-up            %,10.0f articles/s (%,d articles, not counted)%n",
                            warmup / ((System.nanoTime() - warming0) / 1e9), warmup);
                    out.flush();
                }
                Stack.Summary warmed = stack.summary();
                var cpu = new StageCpu(BenchCommand::stageOf, broker.toHandle());
                StageCpu.Snapshot before = cpu.snapshot();
                long started = System.nanoTime();
                drop(staged, stack);
                awaitArticleFiles(stack, warmup + articles, heap);
                double seconds = (System.nanoTime() - started) / 1e9;
                Map<String, Double> cpuSeconds = cpu.seconds(before, cpu.snapshot());
                double throughput = articles / seconds;
                Stack.Summary done = stack.summary();
                out.printf("full pipeline      %,10.0f articles/s (%,d files to %,d article files in %.1f s; %d "
                                + "duplicates dropped, %d failed)%n", throughput, articles,
                        done.articleFiles() - warmed.articleFiles(), seconds,
                        done.duplicateFiles() + done.duplicateArticles() - warmed.duplicateFiles()
                                - warmed.duplicateArticles(), done.failedFiles() - warmed.failedFiles());
                out.printf("ratio              %10.3f%n", throughput / passThrough);
                out.printf("cpu (s)            %s%n", describe(cpuSeconds));
                out.flush();

                List<Double> latencies = latencies(stack, texts, heap);
                double p50 = percentile(latencies, 0.50);
                double p99 = percentile(latencies, 0.99);
                out.printf("latency at %d/s    p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d files (file in the inbox"
                                + " to article file; a file waits %d ms unchanged before it is read)%n", rate, p50, p99,
                        percentile(latencies, 1.0), latencies.size(), config.ingest().stableAfter().toMillis());
                out.printf("heap               %d MB at most after a collection, %d MB in use at most, max %d MB%n",
                        mb(heap.peakAfterGcBytes()), mb(heap.peakUsedBytes()), mb(LiveHeap.maxBytes()));

                figures.put("articles", articles);
                figures.put("source", source);
                figures.put("article_chars", source.equals("synthetic") ? size : null);
                figures.put("partitions", config.topics().partitions());
                figures.put("enrich_threads", config.enrich().threads());
                figures.put("warmup_articles", warmup);
                figures.put("article_files", done.articleFiles() - warmed.articleFiles());
                figures.put("articles_per_second", Math.round(throughput));
                figures.put("passthrough_articles_per_second", Math.round(passThrough));
                figures.put("ratio", Math.round(throughput / passThrough * 1000) / 1000.0);
                figures.put("p50_ms", Math.round(p50));
                figures.put("p99_ms", Math.round(p99));
                figures.put("latency_rate", rate);
                figures.put("stable_after_ms", config.ingest().stableAfter().toMillis());
                figures.put("heap_mb", mb(heap.peakAfterGcBytes()));
                figures.put("heap_used_max_mb", mb(heap.peakUsedBytes()));
                figures.put("heap_limit_mb", mb(LiveHeap.maxBytes()));
                figures.put("cpu_share", StageCpu.shares(cpuSeconds));
                var rounded = new LinkedHashMap<String, Double>();
                cpuSeconds.forEach((stage, sec) -> rounded.put(stage, Math.round(sec * 10) / 10.0));
                figures.put("cpu_seconds", rounded);
                figures.put("cores", Runtime.getRuntime().availableProcessors());
            }
            out.println(new String(JsonSerdes.toBytes(figures), StandardCharsets.UTF_8));
            out.flush();
            return 0;
        } finally {
            if (broker != null) {
                broker.destroy();
                broker.waitFor(60, TimeUnit.SECONDS);
                broker.destroyForcibly();
            }
            IngestBench.deleteTree(work);
        }
    }

    /** The stage a thread works for, by the application or client id in its name. */
    static String stageOf(String threadName) {
        if (threadName.contains(ENRICH_ID)) {
            return "enrich";
        }
        if (threadName.contains(SINK_ID)) {
            return "sink";
        }
        return threadName.contains("news-ingest") ? "ingest" : null;
    }

    private IntFunction<SyntheticArticles.Article> texts() throws IOException {
        if (source.equals("synthetic")) {
            Path home = Path.of(System.getProperty("newsflow.home", "."));
            SyntheticArticles synthetic = SyntheticArticles.fromTexts(List.of(home.resolve("seeds"),
                    home.resolve("../shared/data/bbc")), size);
            return synthetic::article;
        }
        Path folder = Path.of(source);
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--source takes 'synthetic' or a folder of .txt articles; no folder " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no .txt articles under " + folder);
        }
        return n -> {
            Path file = files.get(n % files.size());
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
                int newline = text.indexOf('\n');
                String title = newline < 0 ? text : text.substring(0, newline);
                String body = newline < 0 ? "" : text.substring(newline);
                int round = n / files.size();
                // The reference keeps copies within the corpus from being dropped as exact duplicates.
                String unique = (round == 0 ? title : title + " (" + round + ")") + body + "\n\nReference " + n + ".";
                return new SyntheticArticles.Article(SyntheticArticles.fileName(n), unique + "\n");
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
            }
        };
    }

    private static List<Path> write(IntFunction<SyntheticArticles.Article> texts, Path folder, int from, int count)
            throws IOException {
        Files.createDirectories(folder);
        var written = new ArrayList<Path>(count);
        for (int n = from; n < from + count; n++) {
            SyntheticArticles.Article article = texts.apply(n);
            written.add(Files.writeString(folder.resolve(article.fileName()), article.text()));
        }
        return written;
    }

    /** The broker's JVM takes {@code NEWSFLOW_BROKER_JAVA_OPTS} (default {@code -Xmx768m}), e.g. to profile it. */
    private static Process startBroker(Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(List.of(System.getenv().getOrDefault("NEWSFLOW_BROKER_JAVA_OPTS", "-Xmx768m").split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Newsflow.class.getName(), "broker",
                "--data", data.toString()));
        Files.createDirectories(data);
        return new ProcessBuilder(command).redirectError(data.resolve("broker.log").toFile()).start();
    }

    private static String awaitReady(Process broker) throws IOException {
        var lines = new BufferedReader(new InputStreamReader(broker.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + BROKER_START.toNanos();
        String line;
        while ((line = lines.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith(BrokerCommand.READY)) {
                return line.substring(BrokerCommand.READY.length()).strip();
            }
        }
        throw new StartupException("the benchmark's broker did not start (exit " + (broker.isAlive() ? "none"
                : broker.exitValue()) + "); see its log in the work folder");
    }

    /**
     * Phase 1: the raw records ingest would publish for the articles, produced into a topic laid out like the raw
     * topic, then read and written unchanged by a Streams application with enrich's settings.
     */
    private double passThrough(Settings settings, Configuration.Bound config, List<Path> files, Path work)
            throws Exception {
        Topics topics = Topics.create(config.topics());
        String in = "bench.passthrough.in";
        String outTopic = "bench.passthrough.out";
        int partitions = topics.articlesRaw().partitions();
        try (var admin = KafkaAdmin.connect(settings.kafka())) {
            admin.admin().createTopics(List.of(new NewTopic(in, partitions, (short) 1),
                    new NewTopic(outTopic, partitions, (short) 1))).all().get();
        }
        Map<String, Object> props = new HashMap<>(settings.kafka());
        props.put("enable.idempotence", true);
        props.put("acks", "all");
        props.put("max.request.size", config.topics().maxMessageBytes());
        var parser = new ArticleFileParser();
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Path file : files) {
                for (RawArticle article : parse(parser, file)) {
                    producer.send(new ProducerRecord<>(in, article.id(), JsonSerdes.toBytes(article)));
                }
            }
            producer.flush();
        }
        return DrainTimer.recordsPerSecond(settings.kafka(), DrainTimer.passThrough(in, outTopic),
                "bench-passthrough", List.of(in), work.resolve("streams"), files.size(),
                config.topics().maxMessageBytes(), config.enrich());
    }

    private static List<RawArticle> parse(ArticleFileParser parser, Path file) throws IOException {
        ParseResult result = parser.parse(new ArticleFile(file.toAbsolutePath().toString(),
                file.getFileName().toString(), Files.readAllBytes(file), java.time.Instant.now()));
        if (!(result instanceof ParseResult.Parsed parsed)) {
            throw new IllegalStateException("a benchmark article did not parse: " + file + ": " + result);
        }
        return parsed.articles();
    }

    /** Moves the staged files into the inbox at once, each appearing whole. */
    private static void drop(List<Path> files, Stack stack) throws IOException {
        for (Path file : files) {
            Files.move(file, stack.inbox().resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void awaitRunning(Stack stack) throws InterruptedException {
        long deadline = System.nanoTime() + BROKER_START.toNanos();
        while (!stack.isRunning()) {
            if (stack.failedService() != null || System.nanoTime() > deadline) {
                throw new StartupException("the pipeline did not start: " + stack.health());
            }
            Thread.sleep(50);
        }
    }

    /**
     * Until every file has its article file, or, when some had none (failed, or dropped as duplicates), until ingest
     * has handled every file and enrich and sink have committed past all of it.
     */
    private static void awaitArticleFiles(Stack stack, long count, LiveHeap heap) throws Exception {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        long nextIdleCheck = 0;
        while (stack.summary().articleFiles() < count) {
            if (stack.failedService() != null) {
                throw new IllegalStateException(stack.failedService() + " stopped on an error (see the log)");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + stack.summary().articleFiles() + " of " + count
                        + " article files after " + PHASE_TIMEOUT.toMinutes() + " minutes: " + stack.summary().describe());
            }
            Stack.Summary summary = stack.summary();
            if (summary.files() + summary.duplicateFiles() + summary.failedFiles() >= count
                    && System.nanoTime() > nextIdleCheck) {
                if (stack.isIdle()) {
                    return;
                }
                nextIdleCheck = System.nanoTime() + 200_000_000L;
            }
            heap.sample();
            Thread.sleep(20);
        }
    }

    /**
     * Phase 3: {@code rate} new files a second for {@code latencySeconds}, each written aside and moved into the
     * inbox; the time from the move to its article file appearing (a watch on the output folder).
     */
    private List<Double> latencies(Stack stack, IntFunction<SyntheticArticles.Article> texts, LiveHeap heap)
            throws Exception {
        Path staging = Files.createDirectories(stack.inbox().resolveSibling("latency-staging"));
        Path articlesDir = Files.createDirectories(stack.outDir().resolve("articles"));
        var parser = new ArticleFileParser();
        int count = rate * latencySeconds;
        var dropped = new HashMap<String, Long>();
        var latencies = new ArrayList<Double>(count);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            articlesDir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            long start = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    collect(watch, dropped, latencies, Math.max(0, (due - System.nanoTime()) / 1_000_000));
                }
                Path file = write(texts, staging, warmup + articles + i, 1).get(0);
                String id = parse(parser, file).get(0).id();
                Path target = stack.inbox().resolve(file.getFileName());
                dropped.put(id + ".json", System.nanoTime());
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                heap.sample();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!dropped.isEmpty() && System.nanoTime() < deadline) {
                collect(watch, dropped, latencies, 100);
                heap.sample();
            }
        }
        if (!dropped.isEmpty()) {
            throw new IllegalStateException(dropped.size() + " of " + count + " files of the latency phase had no "
                    + "article file a minute after the last was dropped");
        }
        return latencies;
    }

    private static void collect(WatchService watch, Map<String, Long> dropped, List<Double> latencies, long waitMs)
            throws InterruptedException {
        WatchKey key = watch.poll(waitMs, TimeUnit.MILLISECONDS);
        if (key == null) {
            return;
        }
        long now = System.nanoTime();
        for (WatchEvent<?> event : key.pollEvents()) {
            Long at = event.context() == null ? null : dropped.remove(event.context().toString());
            if (at != null) {
                latencies.add((now - at) / 1e6);
            }
        }
        key.reset();
    }

    static double percentile(List<Double> values, double fraction) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String describe(Map<String, Double> seconds) {
        var parts = new ArrayList<String>();
        seconds.forEach((stage, s) -> parts.add(String.format("%s %.1f", stage, s)));
        return String.join(", ", parts);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}

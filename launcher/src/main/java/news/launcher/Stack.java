package news.launcher;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import news.enrich.EnrichApp;
import news.enrich.EnrichTopology;
import news.enrich.EnrichConfig;
import news.events.TopicLayout;
import news.events.Topics;
import news.ingest.IngestApp;
import news.ingest.IngestConfig;
import news.ingest.IngestCounts;
import news.sink.SinkApp;
import news.sink.SinkConfig;
import news.sink.SinkTopology;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Ingest, enrich and sink running together in this JVM against one cluster, with the check that tells when all
 * input has gone through: {@link #isIdle()}.
 */
final class Stack implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Topics topics;
    private final IngestConfig ingestConfig;
    private final EnrichConfig enrichConfig;
    private final SinkConfig sinkConfig;
    private final KafkaAdmin admin;
    private final Backlog backlog;
    private final IngestApp ingest;
    private final EnrichApp enrich;
    private final SinkApp sink;

    private Stack(Configuration.Bound config, Map<String, String> kafka, MeterRegistry registry) {
        TopicLayout layout = config.topics();
        this.topics = Topics.create(layout);
        this.ingestConfig = config.ingest();
        this.enrichConfig = config.enrich();
        this.sinkConfig = config.sink();
        this.admin = KafkaAdmin.connect(kafka);
        admin.createTopics(topics);
        this.backlog = new Backlog(admin.admin(), kafka);
        this.enrich = EnrichApp.create(enrichConfig, topics, kafka, layout.maxMessageBytes());
        this.sink = SinkApp.create(sinkConfig, topics, kafka, layout.maxMessageBytes(), registry);
        this.ingest = IngestApp.create(ingestConfig, topics, kafka, layout.maxMessageBytes(), START_TIMEOUT);
    }

    /** Connects, creates the topics and starts the three services, their meters bound to the registry. */
    static Stack start(Configuration.Bound config, Map<String, String> kafka, MeterRegistry registry) {
        var stack = new Stack(config, kafka, registry);
        stack.ingest.bindTo(registry);
        stack.enrich.bindTo(registry);
        stack.sink.bindTo(registry);
        stack.enrich.start();
        stack.sink.start();
        stack.ingest.start();
        return stack;
    }

    Path inbox() {
        return ingestConfig.inbox();
    }

    Path outDir() {
        return sinkConfig.outDir();
    }

    /**
     * True when no file waits in the inbox, enrich and sink have committed past every record of their inputs (the
     * sink commits only after writing its files, so every output file is written) and the sink has sent every
     * changed entity profile (they go out {@code sink.entities.emit-after} after a change; a clean stop commits them).
     */
    boolean isIdle() throws ExecutionException, InterruptedException {
        return ingest.isIdle()
                && sink.counts().unsentEntities() == 0
                && backlog.isDrained(enrichConfig.applicationId(),
                        EnrichTopology.inputTopics(topics, enrichConfig.applicationId()))
                && backlog.isDrained(sinkConfig.applicationId(), SinkTopology.inputTopics(topics, sinkConfig));
    }

    /** Each service's health: null when up, else why not. */
    Health health() {
        var checks = new java.util.LinkedHashMap<String, String>();
        checks.put("ingest", ingest.unhealthyReason());
        checks.put("enrich", enrich.unhealthyReason());
        checks.put("sink", sink.unhealthyReason());
        return new Health(checks);
    }

    /** A service that stopped on an error, or null while all run. */
    String failedService() {
        if (enrich.streams().state() == KafkaStreams.State.ERROR
                || enrich.streams().state() == KafkaStreams.State.NOT_RUNNING) {
            return "enrich";
        }
        if (sink.streams().state() == KafkaStreams.State.ERROR
                || sink.streams().state() == KafkaStreams.State.NOT_RUNNING) {
            return "sink";
        }
        return null;
    }

    /** True once enrich and sink have their partitions and process records. */
    boolean isRunning() {
        return enrich.streams().state() == KafkaStreams.State.RUNNING
                && sink.streams().state() == KafkaStreams.State.RUNNING;
    }

    Summary summary() {
        IngestCounts in = ingest.counts();
        return new Summary(in.filesPublished(), in.articles(), in.duplicateFiles(), enrich.counts().duplicates(),
                in.failedFiles(), sink.counts().articleFiles(), sink.counts().stories(), outDir());
    }

    @Override
    public void close() {
        ingest.close();
        enrich.close();
        sink.close();
        backlog.close();
        admin.close();
    }

    /** What the stack did since it started, as printed by {@code up}. */
    record Summary(long files, long articles, long duplicateFiles, long duplicateArticles, long failedFiles,
                   long articleFiles, int stories, Path outDir) {
        String describe() {
            return String.format("articles in: %d (from %d files), duplicates: %d (%d re-dropped files, %d same-text"
                            + " articles), failed files: %d, stories: %d, article files written: %d, output: %s",
                    articles, files, duplicateFiles + duplicateArticles, duplicateFiles, duplicateArticles,
                    failedFiles, stories, articleFiles, outDir);
        }
    }
}

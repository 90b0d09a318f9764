package news.sink;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import news.events.Topics;
import news.settings.ExactlyOnceStreams;
import news.settings.WritableFolder;
import news.sink.files.FileOutput;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: runs {@link SinkTopology} with exactly-once processing, so it reads only committed enriched
 * articles and its compacted topics never see a record twice from one input record.
 */
public final class SinkApp implements AutoCloseable, MeterBinder {
    private static final Logger log = LoggerFactory.getLogger(SinkApp.class);

    private static final long SINK_CACHE_BYTES = 32L << 20;

    private final KafkaStreams streams;
    private final SinkCounts counts;
    private final SinkConfig config;

    private SinkApp(KafkaStreams streams, SinkCounts counts, SinkConfig config) {
        this.streams = streams;
        this.counts = counts;
        this.config = config;
    }

    /** {@code news.sink.files.written} tagged {@code kind=article|ninjs|story}, and the Streams client's metrics. */
    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("news.sink.files.written", counts, SinkCounts::articleFiles).tag("kind", "article")
                .description("output files written").register(registry);
        FunctionCounter.builder("news.sink.files.written", counts, SinkCounts::articleFiles).tag("kind", "ninjs")
                .description("output files written").register(registry);
        FunctionCounter.builder("news.sink.files.written", counts, SinkCounts::storyFiles).tag("kind", "story")
                .description("output files written").register(registry);
        new KafkaStreamsMetrics(streams).bindTo(registry);
    }

    /** Null while the Streams client runs and the output folder can be written, else why not. */
    public String unhealthyReason() {
        KafkaStreams.State state = streams.state();
        if (!state.isRunningOrRebalancing() && state != KafkaStreams.State.CREATED) {
            return "Kafka Streams is " + state;
        }
        return List.of(config.articlesDir(), config.ninjsDir(), config.storiesDir()).stream()
                .map(WritableFolder::problem).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public static SinkApp create(SinkConfig config, Topics topics, Map<String, String> kafka, int maxRecordBytes,
                                 MeterRegistry registry) {
        var counts = new SinkCounts(registry);
        var topology = new SinkTopology(topics, config, counts).build();
        var streams = new KafkaStreams(topology, streamsProperties(config, kafka, maxRecordBytes));
        streams.setUncaughtExceptionHandler(error -> {
            if (causedByWriteFailure(error)) {
                // The output folder is full or not writable: start the thread again from the last commit, so the
                // sink resumes by itself once files can be written; nothing was committed past the failed write.
                log.error("sink could not write its output; starting again from the last commit: {}", error.getMessage());
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            log.error("sink stopped on an unexpected error; restart it after fixing the cause", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        return new SinkApp(streams, counts, config);
    }

    static Properties streamsProperties(SinkConfig config, Map<String, String> kafka, int maxRecordBytes) {
        Properties props = ExactlyOnceStreams.properties(config.applicationId(), config.stateDir(), kafka, maxRecordBytes,
                config.rocksDbMemory(), config.commitInterval());
        // The story views leave the record cache once per commit, the latest of each key. Entity states no longer go
        // through it (they keep their own decoded values, AggregateEntities); 32 MB was sized for them when they did
        // (docs/performance.md) and has not been measured again with the stories alone.
        props.putIfAbsent(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, Long.toString(SINK_CACHE_BYTES));
        // A record of the sink's own repartition topics that cannot be read is logged and skipped, as enriched
        // records that are not articles are (ReadArticles).
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        return props;
    }

    private static boolean causedByWriteFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileOutput.SinkWriteException) {
                return true;
            }
        }
        return false;
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public SinkCounts counts() {
        return counts;
    }

    @Override
    public void close() {
        ExactlyOnceStreams.close(streams);
    }
}

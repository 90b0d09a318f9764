package news.enrich;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.util.Map;
import news.events.Topics;
import news.settings.ExactlyOnceStreams;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: runs {@link EnrichTopology} with exactly-once processing. Expected failures become dead
 * letters inside the topology; anything else shuts the client down so that whoever runs it sees the error state
 * and can restart it.
 */
public final class EnrichApp implements AutoCloseable, MeterBinder {
    private static final Logger log = LoggerFactory.getLogger(EnrichApp.class);

    private final KafkaStreams streams;
    private final EnrichCounts counts;

    private EnrichApp(KafkaStreams streams, EnrichCounts counts) {
        this.streams = streams;
        this.counts = counts;
    }

    public static EnrichApp create(EnrichConfig config, Topics topics, Map<String, String> kafka, int maxRecordBytes) {
        var counts = new EnrichCounts();
        var enricher = new ArticleEnricher(config.entities().extractor(), config.topics().scorer(), Clock.systemUTC());
        var topology = new EnrichTopology(topics, config.dedupRetention(), config.nearDuplicates(), config.stories(),
                enricher, counts, Clock.systemUTC()).build();
        var props = ExactlyOnceStreams.properties(config.applicationId(), config.stateDir(), kafka, maxRecordBytes,
                config.rocksDbMemory(), config.commitInterval());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        var streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(error -> {
            log.error("enrich stopped on an unexpected error; restart it after fixing the cause", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        return new EnrichApp(streams, counts);
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /**
     * {@code news.enrich.duplicates}, {@code news.enrich.entities}, {@code news.enrich.dead.letters}, and the
     * Streams client's metrics (including RocksDB memory of the dedup store).
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("news.enrich.duplicates", counts, EnrichCounts::duplicates)
                .description("exact duplicates dropped").register(registry);
        FunctionCounter.builder("news.enrich.near.duplicates", counts, EnrichCounts::nearDuplicates)
                .description("articles marked as near-duplicates of an earlier one").register(registry);
        FunctionCounter.builder("news.enrich.entities", counts, EnrichCounts::entities)
                .description("entities found in enriched articles").register(registry);
        FunctionCounter.builder("news.enrich.dead.letters", counts, EnrichCounts::deadLetters)
                .description("records sent to the dead-letter topic").register(registry);
        new KafkaStreamsMetrics(streams).bindTo(registry);
    }

    /** Null while the Streams client runs or rebalances, else its state. */
    public String unhealthyReason() {
        KafkaStreams.State state = streams.state();
        return state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED ? null
                : "Kafka Streams is " + state;
    }

    public EnrichCounts counts() {
        return counts;
    }

    @Override
    public void close() {
        ExactlyOnceStreams.close(streams);
    }
}

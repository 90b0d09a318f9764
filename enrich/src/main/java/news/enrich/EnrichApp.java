package news.enrich;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import news.events.Topics;
import org.apache.kafka.streams.CloseOptions;
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
public final class EnrichApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichApp.class);

    private final KafkaStreams streams;
    private final EnrichCounts counts;

    private EnrichApp(KafkaStreams streams, EnrichCounts counts) {
        this.streams = streams;
        this.counts = counts;
    }

    public static EnrichApp create(EnrichConfig config, Topics topics, Map<String, String> kafka, int maxRecordBytes) {
        var counts = new EnrichCounts();
        var topology = new EnrichTopology(topics, config.dedupRetention(), new ArticleEnricher(Clock.systemUTC()),
                counts, Clock.systemUTC()).build();
        var streams = new KafkaStreams(topology, streamsProperties(config, kafka, maxRecordBytes));
        streams.setUncaughtExceptionHandler(error -> {
            log.error("enrich stopped on an unexpected error; restart it after fixing the cause", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        return new EnrichApp(streams, counts);
    }

    /** Streams settings: user Kafka settings first; the ones the guarantees depend on always win. */
    static Properties streamsProperties(EnrichConfig config, Map<String, String> kafka, int maxRecordBytes) {
        var props = new Properties();
        props.putAll(kafka);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.producerPrefix("max.request.size"), maxRecordBytes);
        props.putIfAbsent(StreamsConfig.producerPrefix("compression.type"), "lz4");
        return props;
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public EnrichCounts counts() {
        return counts;
    }

    /**
     * Leaves the consumer group on the way out: Streams stays a member by default, and a restart with a new member
     * id would then wait out the session timeout (45 s) before it gets its partitions back.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}

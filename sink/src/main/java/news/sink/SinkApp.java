package news.sink;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import news.events.Topics;
import news.sink.files.JsonFileWriter;
import org.apache.kafka.streams.CloseOptions;
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
public final class SinkApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SinkApp.class);

    private final KafkaStreams streams;
    private final SinkCounts counts;

    private SinkApp(KafkaStreams streams, SinkCounts counts) {
        this.streams = streams;
        this.counts = counts;
    }

    public static SinkApp create(SinkConfig config, Topics topics, Map<String, String> kafka, int maxRecordBytes) {
        var counts = new SinkCounts();
        var topology = new SinkTopology(topics, new JsonFileWriter(config.articlesDir()), counts).build();
        var streams = new KafkaStreams(topology, streamsProperties(config, kafka, maxRecordBytes));
        streams.setUncaughtExceptionHandler(error -> {
            log.error("sink stopped on an unexpected error; restart it after fixing the cause", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        return new SinkApp(streams, counts);
    }

    static Properties streamsProperties(SinkConfig config, Map<String, String> kafka, int maxRecordBytes) {
        var props = new Properties();
        props.putAll(kafka);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        // exactly_once_v2 also makes the consumer read_committed: only enrich's committed output is written.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // Only enrich writes the enriched topic; a record that is not an EnrichedArticle is logged and skipped.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
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

    public SinkCounts counts() {
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

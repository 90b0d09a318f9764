package news.sink;

import java.util.Map;
import java.util.Properties;
import news.events.Topics;
import news.settings.ExactlyOnceStreams;
import news.sink.files.JsonFileWriter;
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
        Properties props = ExactlyOnceStreams.properties(config.applicationId(), config.stateDir(), kafka, maxRecordBytes);
        // Only enrich writes the enriched topic; a record that is not an EnrichedArticle is logged and skipped.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
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

    @Override
    public void close() {
        ExactlyOnceStreams.close(streams);
    }
}

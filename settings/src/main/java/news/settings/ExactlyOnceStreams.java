package news.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams settings and shutdown that every newsflow Streams application shares. */
public final class ExactlyOnceStreams {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final int FETCH_MIN_BYTES = 64 * 1024;
    private static final int BATCH_BYTES = 128 * 1024;
    private static final Duration FETCH_MAX_WAIT = Duration.ofMillis(100);

    private ExactlyOnceStreams() {
    }

    /**
     * The user's Kafka settings first, then the ones the guarantees depend on, which always win: exactly-once v2
     * (which also makes the consumers read_committed), explicit names for every store and internal topic, and a
     * producer that accepts the largest record the topics do. A bounded {@code rocksDbMemory} installs
     * {@link BoundedRocksDbMemory} unless the user's settings name their own {@code rocksdb.config.setter}.
     * {@code commitInterval} applies unless the user's settings give {@code commit.interval.ms}.
     */
    public static Properties properties(String applicationId, Path stateDir, Map<String, String> kafka,
                                        int maxRecordBytes, RocksDbMemory rocksDbMemory, Duration commitInterval) {
        var props = new Properties();
        props.putAll(kafka);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.producerPrefix("max.request.size"), maxRecordBytes);
        props.putIfAbsent(StreamsConfig.producerPrefix("compression.type"), "lz4");
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitInterval.toMillis()));
        // A fetch answered as soon as one record is there makes the broker serve a request per record or two on
        // every input and repartition topic; waiting up to 100 ms for 64 KB cut the broker's CPU per article by a
        // quarter (docs/performance.md) and adds at most 100 ms per hop when the pipeline is quiet.
        // Enriched articles are ~14 KB: with the default 16 KB batch each went alone, and every lz4 batch allocates
        // two 64 KB buffers, a fifth of all allocation in the benchmark.
        clientDefault(props, StreamsConfig.PRODUCER_PREFIX, "batch.size", Integer.toString(BATCH_BYTES));
        clientDefault(props, StreamsConfig.CONSUMER_PREFIX, "fetch.min.bytes", Integer.toString(FETCH_MIN_BYTES));
        clientDefault(props, StreamsConfig.CONSUMER_PREFIX, "fetch.max.wait.ms",
                Long.toString(FETCH_MAX_WAIT.toMillis()));
        if (rocksDbMemory.bounded()) {
            props.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class.getName());
            props.put(BoundedRocksDbMemory.TOTAL_BYTES, Long.toString(rocksDbMemory.totalBytes()));
            props.put(BoundedRocksDbMemory.WRITE_BUFFER_SHARE, Double.toString(rocksDbMemory.writeBufferShare()));
        }
        return props;
    }

    /**
     * Sets a client setting under {@code prefix} ("producer." or "consumer.") unless the user gave it, plain or for
     * some client of that kind ("main.consumer." too): a prefixed default would otherwise outrank a plain setting.
     */
    private static void clientDefault(Properties props, String prefix, String name, String value) {
        boolean given = props.stringPropertyNames().stream().anyMatch(key -> key.equals(name)
                || key.endsWith(prefix + name));
        if (!given) {
            props.put(prefix + name, value);
        }
    }

    /**
     * Closes the client and leaves the consumer group: Streams stays a member by default, and a restart with a new
     * member id would then wait out the session timeout (45 s) before it gets its partitions back.
     */
    public static void close(KafkaStreams streams) {
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}

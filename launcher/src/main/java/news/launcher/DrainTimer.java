package news.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import news.enrich.EnrichConfig;
import news.settings.ExactlyOnceStreams;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Runs a Streams topology over a backlog with the settings every newsflow application has (exactly-once, the same
 * producer limits and RocksDB bound) and times it from RUNNING until it has committed past every input record: the
 * figure the benchmarks compare with a pass-through stage of the same run.
 */
final class DrainTimer {
    private DrainTimer() {
    }

    /** The ceiling: read each record and write its bytes unchanged. */
    static Topology passThrough(String inTopic, String outTopic) {
        var builder = new StreamsBuilder();
        builder.stream(inTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read"))
                .to(outTopic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write"));
        return builder.build();
    }

    /**
     * Records per second from RUNNING until the application has committed past every record of its inputs, run with
     * enrich's settings (RocksDB bound, commit interval).
     */
    static double recordsPerSecond(Map<String, String> kafka, Topology topology, String applicationId,
                                   List<String> inputs, Path stateDir, long records, int maxRecordBytes,
                                   EnrichConfig enrich) throws Exception {
        var props = ExactlyOnceStreams.properties(applicationId, stateDir, kafka, maxRecordBytes,
                enrich.rocksDbMemory(), enrich.commitInterval());
        props.put("auto.offset.reset", "earliest");
        var running = new AtomicLong();
        var streams = new KafkaStreams(topology, props);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.compareAndSet(0, System.nanoTime());
            }
        });
        try (var admin = KafkaAdmin.connect(kafka); var backlog = new Backlog(admin.admin(), kafka)) {
            streams.start();
            while (running.get() == 0 || !backlog.isDrained(applicationId, inputs)) {
                if (streams.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException(applicationId + " stopped on an error (see the log)");
                }
                Thread.sleep(20);
            }
            return records / ((System.nanoTime() - running.get()) / 1e9);
        } finally {
            ExactlyOnceStreams.close(streams);
        }
    }
}

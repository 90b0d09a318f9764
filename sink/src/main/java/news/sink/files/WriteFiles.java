package news.sink.files;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Writes each record's files, then passes the record on. Files are written before the input offset can be
 * committed and synced by the task's {@link FileSyncStore} before the commit, so after a crash a record is written
 * again with the same bytes, never missed.
 *
 * @param <V> the record value
 */
public final class WriteFiles<V> implements FixedKeyProcessor<String, V, V> {

    /** One file per record: where it goes, its name (an id) and its content (indented JSON). */
    public record Output<V>(JsonFileWriter writer, Function<V, String> id, Function<V, byte[]> content) {
    }

    private final String syncStore;
    private final Duration retryFor;
    private final List<Output<V>> outputs;
    private final LongAdder written;
    private FixedKeyProcessorContext<String, V> context;
    private FileSyncStore sync;

    public WriteFiles(String syncStore, Duration retryFor, List<Output<V>> outputs, LongAdder written) {
        this.syncStore = syncStore;
        this.retryFor = retryFor;
        this.outputs = List.copyOf(outputs);
        this.written = written;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
        this.sync = context.getStateStore(syncStore);
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        for (Output<V> output : outputs) {
            FileOutput.write(output.writer(), output.id().apply(record.value()), output.content().apply(record.value()),
                    sync, retryFor);
        }
        written.increment();
        context.forward(record);
    }
}

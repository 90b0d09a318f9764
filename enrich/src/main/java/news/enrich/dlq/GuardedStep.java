package news.enrich.dlq;

import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Function;
import news.events.DeadLetter;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one pure step on each record and turns any failure into a {@link DeadLetter} that names the stage, the
 * reason, the source topic, partition and offset, and carries the original payload, so a bad record is set
 * aside instead of stopping the application or vanishing.
 *
 * @param <V> the step's input
 * @param <R> the step's output
 */
public final class GuardedStep<V, R> implements FixedKeyProcessor<String, V, Outcome<R>> {
    private static final Logger log = LoggerFactory.getLogger(GuardedStep.class);

    /** What the stage does with a record's key and value, and how to describe its input in a dead letter. */
    public record Stage<V, R>(String name, BiFunction<String, V, R> step, Function<V, byte[]> payload,
                              Function<V, String> sourcePath) {
    }

    private final Stage<V, R> stage;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Outcome<R>> context;

    public GuardedStep(Stage<V, R> stage, Clock clock) {
        this.stage = stage;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome<R>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        Outcome<R> outcome;
        try {
            outcome = new Outcome.Ok<>(stage.step().apply(record.key(), record.value()));
        } catch (RuntimeException e) {
            outcome = new Outcome.Failed<>(deadLetter(record, e));
        }
        context.forward(record.withValue(outcome));
    }

    private DeadLetter deadLetter(FixedKeyRecord<String, V> record, RuntimeException error) {
        RecordMetadata source = context.recordMetadata().orElse(null);
        String topic = source == null ? null : source.topic();
        int partition = source == null ? -1 : source.partition();
        long offset = source == null ? -1 : source.offset();
        String path = describe(record.value(), stage.sourcePath());
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        log.warn("stage {}: record {} at {}-{}@{} (source file {}) sent to the dead-letter topic: {}", stage.name(),
                record.key(), topic, partition, offset, path, reason);
        byte[] payload = record.value() == null ? null : stage.payload().apply(record.value());
        return DeadLetter.of(stage.name(), reason, error, topic, partition, offset, record.key(), payload, path,
                clock.instant());
    }

    private static <V> String describe(V value, Function<V, String> sourcePath) {
        try {
            return value == null ? null : sourcePath.apply(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

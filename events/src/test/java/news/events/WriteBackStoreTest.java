package news.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write-back store's own contract, over a real (in-memory, unlogged) store standing for RocksDB and its
 * changelog: nothing reaches it before {@code flushCache}, everything after, and nothing unwritten survives a close,
 * a cleared cache or a new {@code init}.
 */
class WriteBackStoreTest {
    private static final String ONE = "one";
    private static final String TWO = "two";
    private static final String THREE = "three";

    private KeyValueStore<String, String> stored;
    private WriteBackStore<String> store;
    private MockProcessorContext<Object, Object> context;

    @BeforeEach
    void open() {
        store = store(2);
    }

    private WriteBackStore<String> store(int capacity) {
        var inner = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("counts"), Serdes.String(),
                Serdes.String()).withLoggingDisabled();
        context = new MockProcessorContext<>();
        var built = WriteBackStore.builder(inner, capacity).build();
        built.init(context.getStateStoreContext(), built);
        stored = built.stored();
        return built;
    }

    @Test
    void shouldWriteChangedValuesOnlyWhenStreamsFlushesBeforeACommit() {
        store.put("a", ONE);
        store.put("b", ONE);
        store.put("a", TWO);
        store.delete("b");

        assertThat(store.get("a")).isEqualTo(TWO);
        assertThat(store.get("b")).isNull();
        assertThat(stored.get("a")).as("nothing is written before the commit").isNull();

        store.flushCache();

        assertThat(stored.get("a")).as("the last value of each key").isEqualTo(TWO);
        assertThat(stored.get("b")).isNull();
        store.delete("a");
        store.flushCache();
        assertThat(stored.get("a")).as("a deletion is written too").isNull();
    }

    @Test
    void shouldNotWriteOnStreamsCommitCallWhichComesAfterTheTransaction() {
        store.put("a", ONE);
        store.commit(java.util.Map.of());
        assertThat(stored.get("a")).isNull();
    }

    @Test
    void shouldDropWhatWasNotWrittenWhenClosedOrReinitialised() {
        store.put("a", ONE);
        store.flushCache();
        store.put("a", TWO);
        store.put("b", TWO);
        store.init(context.getStateStoreContext(), store);

        assertThat(store.get("a")).as("the committed value, not the dropped one").isEqualTo(ONE);
        assertThat(store.get("b")).isNull();
        store.flushCache();
        assertThat(stored.get("a")).isEqualTo(ONE);
        assertThat(stored.get("b")).isNull();

        store.put("c", THREE);
        store.close();
        assertThat(store.stored().isOpen()).isFalse();
    }

    @Test
    void shouldDropWhatWasNotWrittenWhenStreamsClearsTheCache() {
        store.put("a", ONE);
        store.clearCache();
        store.flushCache();
        assertThat(store.get("a")).isNull();
        assertThat(stored.get("a")).isNull();
    }

    @Test
    void shouldReadValuesChangedBehindItAfterTheCacheIsCleared() {
        store.put("a", ONE);
        store.flushCache();
        assertThat(store.get("a")).isEqualTo(ONE);
        // A restore writes straight into the inner store; Streams clears the caches when a task changes kind.
        stored.put("a", TWO);
        store.clearCache();
        assertThat(store.get("a")).isEqualTo(TWO);
    }

    @Test
    void shouldScanEveryWriteIncludingUnwrittenOnes() {
        store.put("a", ONE);
        store.flushCache();
        store.put("b", TWO);
        store.delete("a");

        var seen = new ArrayList<KeyValue<String, String>>();
        try (var all = store.all()) {
            all.forEachRemaining(seen::add);
        }
        assertThat(seen).containsExactly(KeyValue.pair("b", TWO));
    }

    @Test
    void shouldKeepAChangedValueThatLeftTheRecentOnesAndWriteEarlyBeyondItsCapacity() {
        store.put("a", ONE);
        store.put("b", TWO);
        assertThat(stored.get("a")).isNull();
        // Reading two other keys pushes "a" out of the decoded values; it is still changed and unwritten.
        store.get("x");
        store.get("y");
        assertThat(store.get("a")).isEqualTo(ONE);

        store.put("c", THREE);
        assertThat(stored.get("a")).as("three changed values exceed a capacity of two: all written").isEqualTo(ONE);
        assertThat(stored.get("c")).isEqualTo(THREE);
    }

    @Test
    void shouldRememberAbsencesAndDecodedValuesWithoutReadingTheStoreAgain() {
        stored.put("a", ONE);
        assertThat(store.get("a")).isEqualTo(ONE);
        assertThat(store.get("missing")).isNull();
        // Changed behind the store's back (which never happens while it is the only writer): the decoded value wins.
        stored.put("a", TWO);
        stored.put("missing", TWO);
        assertThat(store.get("a")).isEqualTo(ONE);
        assertThat(store.get("missing")).isNull();
        store.putAll(List.of(KeyValue.pair("d", THREE)));
        assertThat(store.putIfAbsent("d", ONE)).isEqualTo(THREE);
    }
}

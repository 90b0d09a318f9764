package news.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.CachedStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteBackStoreTest {
    private KeyValueStore<String, String> inner;
    private WriteBackStore<String> store;

    @BeforeEach
    void open() {
        inner = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("states"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().withCachingDisabled().build();
        store = new WriteBackStore<>(inner, 3);
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void shouldReadItsChangesBeforeTheyAreWrittenAndWriteThemWhenStreamsFlushesCachesBeforeACommit() {
        inner.put("kept", "old");
        store.put("new", "1");
        store.put("new", "2");
        store.put("kept", "changed");
        store.delete("gone");

        assertThat(store.get("new")).isEqualTo("2");
        assertThat(store.get("kept")).isEqualTo("changed");
        assertThat(inner.get("new")).as("not written before the commit").isNull();
        assertThat(inner.get("kept")).isEqualTo("old");

        // What Kafka Streams calls on every CachedStateStore of a task before it commits the task's offsets.
        ((CachedStateStore<?, ?>) store).flushCache();

        assertThat(inner.get("new")).isEqualTo("2");
        assertThat(inner.get("kept")).isEqualTo("changed");
    }

    @Test
    void shouldWriteADeletion() {
        inner.put("gone", "old");
        assertThat(store.delete("gone")).isEqualTo("old");
        assertThat(store.get("gone")).isNull();
        assertThat(inner.get("gone")).isEqualTo("old");

        store.flushCache();

        assertThat(inner.get("gone")).isNull();
    }

    @Test
    void shouldDropWhatIsNotWrittenWhenStreamsClearsTheCaches() {
        inner.put("kept", "committed");
        store.put("kept", "uncommitted");
        store.put("new", "uncommitted");

        // What Kafka Streams calls when it closes a task dirty (its state is then restored from the changelog).
        store.clearCache();
        store.flushCache();

        assertThat(store.get("kept")).isEqualTo("committed");
        assertThat(store.get("new")).isNull();
        assertThat(inner.get("kept")).isEqualTo("committed");
    }

    @Test
    void shouldWriteOutEarlyWhenMoreKeysChangeThanItKeeps() {
        store.putAll(List.of(KeyValue.pair("a", "1"), KeyValue.pair("b", "2"), KeyValue.pair("c", "3")));
        assertThat(inner.approximateNumEntries()).isZero();

        store.put("d", "4");

        assertThat(List.of(inner.get("a"), inner.get("b"), inner.get("c"), inner.get("d")))
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void shouldWriteOutBeforeARangeRead() {
        inner.put("a", "old");
        store.put("a", "new");
        store.put("b", "2");

        var seen = new ArrayList<KeyValue<String, String>>();
        try (var all = store.all()) {
            all.forEachRemaining(seen::add);
        }

        assertThat(seen).containsExactly(KeyValue.pair("a", "new"), KeyValue.pair("b", "2"));
    }

    @Test
    void shouldFindAStoredValueWhenNothingChanged() {
        inner.put("a", "stored");
        assertThat(store.get("a")).isEqualTo("stored");
        assertThat(store.putIfAbsent("a", "other")).isEqualTo("stored");
        assertThat(store.putIfAbsent("b", "new")).isNull();
        assertThat(store.get("b")).isEqualTo("new");
    }
}

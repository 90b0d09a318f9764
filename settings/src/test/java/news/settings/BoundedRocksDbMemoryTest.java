package news.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedRocksDbMemoryTest {
    private static final RocksDbMemory BUDGET = new RocksDbMemory(8L * 1024 * 1024, 0.5);

    @Test
    void shouldShareOneWriteBufferManagerAndCacheIndexAndFilterBlocks() {
        var setter = new BoundedRocksDbMemory();
        try (Options first = streamsLikeOptions(); Options second = streamsLikeOptions()) {
            setter.setConfig("dedup-article-ids", first, configs("news-enrich-a", BUDGET));
            setter.setConfig("story-profiles", second, configs("news-enrich-a", BUDGET));

            var table = (BlockBasedTableConfig) first.tableFormatConfig();
            assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
            assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
            assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
            assertThat(first.writeBufferManager()).isNotNull().isSameAs(second.writeBufferManager());
            assertThat(first.writeBufferSize()).isEqualTo(BoundedRocksDbMemory.memtableBytes(BUDGET));
        }
    }

    @Test
    void shouldKeepApplicationsApartAndLeaveUnboundedOptionsAlone() {
        var setter = new BoundedRocksDbMemory();
        try (Options enrich = streamsLikeOptions(); Options sink = streamsLikeOptions();
             Options unbounded = streamsLikeOptions()) {
            setter.setConfig("s", enrich, configs("news-enrich-b", BUDGET));
            setter.setConfig("s", sink, configs("news-sink-b", BUDGET));
            setter.setConfig("s", unbounded, configs("news-enrich-b", RocksDbMemory.UNBOUNDED));

            assertThat(enrich.writeBufferManager()).isNotSameAs(sink.writeBufferManager());
            assertThat(unbounded.writeBufferManager()).isNull();
            assertThat(((BlockBasedTableConfig) unbounded.tableFormatConfig()).cacheIndexAndFilterBlocks()).isFalse();
        }
    }

    @Test
    void shouldChargeMemtablesOfAnOpenStoreToTheSharedCache(@TempDir Path dir) throws Exception {
        var setter = new BoundedRocksDbMemory();
        try (Options options = streamsLikeOptions().setCreateIfMissing(true)) {
            setter.setConfig("s", options, configs("news-enrich-c", BUDGET));
            long before = BoundedRocksDbMemory.cache("news-enrich-c", BUDGET).getUsage();
            try (RocksDB db = RocksDB.open(options, dir.toString())) {
                byte[] value = new byte[1024];
                for (int i = 0; i < 2_000; i++) {
                    db.put(("key-" + i).getBytes(), value);
                }
                assertThat(BoundedRocksDbMemory.cache("news-enrich-c", BUDGET).getUsage()).isGreaterThan(before);
            }
            setter.close("s", options);
        }
        // close() leaves the shared cache usable for the next store.
        assertThat(BoundedRocksDbMemory.cache("news-enrich-c", BUDGET).isOwningHandle()).isTrue();
    }

    @Test
    void shouldSayWhatIsMissingWhenTheBudgetIsNotInTheProperties() {
        try (Options options = streamsLikeOptions()) {
            assertThatThrownBy(() -> new BoundedRocksDbMemory().setConfig("s", options,
                    Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "x")))
                    .hasMessageContaining(BoundedRocksDbMemory.TOTAL_BYTES);
        }
    }

    @Test
    void shouldInstallTheSetterThroughTheStreamsPropertiesOnlyWhenBounded() {
        Properties bounded = ExactlyOnceStreams.properties("news-enrich", Path.of("s"), Map.of(), 4096, BUDGET,
                Duration.ofMillis(100));
        Properties unbounded = ExactlyOnceStreams.properties("news-enrich", Path.of("s"), Map.of(), 4096,
                RocksDbMemory.UNBOUNDED, Duration.ofMillis(100));

        assertThat(bounded).containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
                        BoundedRocksDbMemory.class.getName())
                .containsEntry(BoundedRocksDbMemory.TOTAL_BYTES, Long.toString(BUDGET.totalBytes()));
        assertThat(unbounded).doesNotContainKey(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG);
    }

    /** As Streams hands them over: a block-based table config already in place. */
    private static Options streamsLikeOptions() {
        var options = new Options();
        options.setTableFormatConfig(new BlockBasedTableConfig());
        return options;
    }

    private static Map<String, Object> configs(String applicationId, RocksDbMemory memory) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        configs.put(BoundedRocksDbMemory.TOTAL_BYTES, Long.toString(memory.totalBytes()));
        configs.put(BoundedRocksDbMemory.WRITE_BUFFER_SHARE, Double.toString(memory.writeBufferShare()));
        return configs;
    }
}

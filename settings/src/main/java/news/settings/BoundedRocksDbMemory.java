package news.settings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the RocksDB memory of a Streams application (Kafka Streams' documented pattern): every store instance of
 * the application in this process shares one LRU block cache, which also holds the index and filter blocks, and one
 * write buffer manager that charges the memtables to that same cache. The cache's capacity is then the bound of
 * blocks, indexes, filters and memtables together, however many partitions, stores and segments there are.
 *
 * <p>Kafka Streams creates this class by reflection for each store and passes it the Streams properties, where
 * {@link ExactlyOnceStreams} put the budget under {@link #TOTAL_BYTES} and {@link #WRITE_BUFFER_SHARE}. The shared
 * objects live as long as the process and are one per application id and budget, so enrich and sink in one
 * {@code up} each keep their own budget. The capacity is not strict: a read never fails because the cache is full;
 * pinned blocks may briefly exceed it.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {
    /** Streams property carrying {@link RocksDbMemory#totalBytes()}. */
    public static final String TOTAL_BYTES = "newsflow.rocksdb.memory.bytes";
    /** Streams property carrying {@link RocksDbMemory#writeBufferShare()}. */
    public static final String WRITE_BUFFER_SHARE = "newsflow.rocksdb.write-buffer.share";

    // Index and filter blocks go to the high-priority pool, so data blocks are evicted before them.
    private static final double HIGH_PRIORITY_SHARE = 0.1;
    private static final long MAX_MEMTABLE_BYTES = 16L * 1024 * 1024;
    private static final long MIN_MEMTABLE_BYTES = 1024L * 1024;
    private static final Map<Key, Shared> SHARED = new ConcurrentHashMap<>();

    private record Key(String applicationId, RocksDbMemory memory) {
    }

    private record Shared(Cache cache, WriteBufferManager writeBuffers) {
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        RocksDbMemory memory = memory(configs);
        if (!memory.bounded()) {
            return;
        }
        Shared shared = shared(String.valueOf(configs.get(StreamsConfig.APPLICATION_ID_CONFIG)), memory);
        // Modify the table config Streams set up rather than a new one, to keep its other settings.
        var table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(shared.writeBuffers());
        // A memtable reserves arena blocks of an eighth of its size as soon as it is written to: with many store
        // instances, 16 MB memtables alone would reserve more than a small budget.
        options.setWriteBufferSize(memtableBytes(memory));
    }

    /** Nothing to close: the cache and the write buffer manager are shared by every store and kept for the process. */
    @Override
    public void close(String storeName, Options options) {
    }

    /** The shared cache of an application and budget (for tests and diagnostics), created on first use. */
    public static Cache cache(String applicationId, RocksDbMemory memory) {
        return shared(applicationId, memory).cache();
    }

    static long memtableBytes(RocksDbMemory memory) {
        return Math.max(MIN_MEMTABLE_BYTES, Math.min(MAX_MEMTABLE_BYTES, memory.writeBufferBytes() / 4));
    }

    private static Shared shared(String applicationId, RocksDbMemory memory) {
        return SHARED.computeIfAbsent(new Key(applicationId, memory), key -> {
            var cache = new LRUCache(memory.totalBytes(), -1, false, HIGH_PRIORITY_SHARE);
            return new Shared(cache, new WriteBufferManager(memory.writeBufferBytes(), cache));
        });
    }

    private static RocksDbMemory memory(Map<String, Object> configs) {
        Object total = configs.get(TOTAL_BYTES);
        Object share = configs.get(WRITE_BUFFER_SHARE);
        if (total == null || share == null) {
            throw new IllegalStateException(BoundedRocksDbMemory.class.getSimpleName() + " needs " + TOTAL_BYTES
                    + " and " + WRITE_BUFFER_SHARE + " in the Streams properties");
        }
        return new RocksDbMemory(Long.parseLong(total.toString()), Double.parseDouble(share.toString()));
    }
}

package news.settings;

/**
 * The RocksDB memory budget of one Streams application in one process ({@code <service>.rocksdb.*}): block cache,
 * index and filter blocks and memtables of all its stores together, enforced by {@link BoundedRocksDbMemory}.
 *
 * @param totalBytes       the budget in bytes; 0 leaves RocksDB unbounded (Kafka Streams' defaults: a 50 MB block
 *                         cache and up to three 16 MB memtables per store instance)
 * @param writeBufferShare the part of the budget that memtables may take before they are flushed (0 to 1)
 */
public record RocksDbMemory(long totalBytes, double writeBufferShare) {
    /** No bound: what Kafka Streams does by itself. */
    public static final RocksDbMemory UNBOUNDED = new RocksDbMemory(0, 0.5);
    private static final long MIN_BYTES = 1024L * 1024;

    public RocksDbMemory {
        if (totalBytes < 0) {
            throw new IllegalArgumentException("negative RocksDB memory: " + totalBytes);
        }
        if (!(writeBufferShare > 0 && writeBufferShare < 1)) {
            throw new IllegalArgumentException("write-buffer share outside (0, 1): " + writeBufferShare);
        }
    }

    /**
     * Reads {@code <service>.rocksdb.memory} and {@code <service>.rocksdb.write-buffer-share}, recording problems in
     * the reader (a budget below 1 MB other than 0, a share of 0 or 1) for its {@link SettingsReader#check()}.
     */
    public static RocksDbMemory from(SettingsReader read, String service) {
        String memoryKey = service + ".rocksdb.memory";
        String shareKey = service + ".rocksdb.write-buffer-share";
        long total = read.bytes(memoryKey);
        double share = read.fraction(shareKey);
        boolean ok = true;
        if (total != 0 && total < MIN_BYTES) {
            read.problem(memoryKey, "must be 0 (unbounded) or at least 1MB");
            ok = false;
        }
        if (share <= 0 || share >= 1) {
            read.problem(shareKey, "must be more than 0 and less than 1");
            ok = false;
        }
        return ok ? new RocksDbMemory(total, share) : UNBOUNDED;
    }

    public boolean bounded() {
        return totalBytes > 0;
    }

    /** The memtables' part of the budget; they are charged to the same cache, so it is not added to the total. */
    public long writeBufferBytes() {
        return (long) (totalBytes * writeBufferShare);
    }
}

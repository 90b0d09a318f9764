package news.enrich.entities.tagger;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero long keys (already well mixed hashes) to ints, without boxing. Not
 * thread-safe while it is written; safe to read from many threads once built and published.
 */
public final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing}. */
    public int get(long key, int missing) {
        long k = key == 0 ? 1 : key;
        int i = (int) Hashes.mix(k) & mask;
        while (true) {
            long at = keys[i];
            if (at == k) {
                return values[i];
            }
            if (at == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    public void put(long key, int value) {
        int i = claim(key);
        values[i] = value;
    }

    /** Sets {@code bits} in the value of {@code key} (absent counts as 0). */
    public void or(long key, int bits) {
        int i = claim(key);
        values[i] |= bits;
    }

    /** The index of {@code key}, taken for it with the value 0 if it was absent. */
    private int claim(long key) {
        long k = key == 0 ? 1 : key;
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = (int) Hashes.mix(k) & mask;
        while (keys[i] != 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
            keys[i] = k;
            values[i] = 0;
        }
        return i;
    }

    /** Empties the map, keeping its capacity. */
    public void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }

    /** Calls {@code visitor} for every entry. */
    public void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    /** Receives one entry. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long key, int value);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}

package news.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of article or story ids kept as {@link StoreSerde} stores them (each in {@link StoreSerde#ID}'s
 * encoding, one after another), so that a state holding a hundred of them is read from its store and written back
 * by copying bytes. Decoded into 200 strings and encoded again at every commit, an entity's ids were the largest
 * cost of the sink's entity states. Reads decode one id at a time; {@link #contains} compares encodings.
 */
public final class IdList extends AbstractList<String> implements RandomAccess {
    /** An article or story id's encoding: its kind, then 16 bytes. */
    private static final int ID_BYTES = 17;
    private static final IdList EMPTY = new IdList(new byte[0], new int[0]);

    private final byte[] packed;
    /** Where each id's encoding starts in {@link #packed}; the next one's start (or the end) is where it ends. */
    private final int[] starts;

    private IdList(byte[] packed, int[] starts) {
        this.packed = packed;
        this.starts = starts;
    }

    public static IdList of() {
        return EMPTY;
    }

    /** The ids in order; an {@code IdList} is returned as it is. Also how JSON (of older stored values) is read. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IdList copyOf(List<String> ids) {
        if (ids instanceof IdList list) {
            return list;
        }
        var out = new StoreSerde.Out(ids.size() * ID_BYTES + 1);
        int[] starts = new int[ids.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = out.size();
            out.id(ids.get(i));
        }
        return new IdList(out.toArray(), starts);
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, starts.length);
        return new StoreSerde.In(packed, starts[index]).id();
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public boolean contains(Object id) {
        return id instanceof String text ? indexOf(encode(text)) >= 0 : id == null && indexOf(encode(null)) >= 0;
    }

    /** The ids with {@code id} added last and, beyond {@code max}, the oldest dropped. */
    public IdList appended(String id, int max) {
        return with(encode(id), -1, max);
    }

    /** The ids with {@code id} last, moved there if it was already in, and beyond {@code max} the oldest dropped. */
    public IdList movedLast(String id, int max) {
        byte[] key = encode(id);
        return with(key, indexOf(key), max);
    }

    /** Writes the list as {@code Out.list(ids, StoreSerde.ID)} does: the count, then each id. */
    void writeTo(StoreSerde.Out out) {
        out.varint(starts.length).raw(packed, 0, packed.length);
    }

    /** Reads what {@link #writeTo} wrote, finding where each id starts without decoding it. */
    static IdList readFrom(StoreSerde.In in) {
        int n = in.count();
        if (n == 0) {
            return EMPTY;
        }
        int first = in.position();
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = in.position() - first;
            in.skipId();
        }
        return new IdList(in.slice(first), starts);
    }

    private IdList with(byte[] key, int removed, int max) {
        int kept = starts.length - (removed >= 0 ? 1 : 0);
        int dropped = Math.max(0, kept + 1 - max);
        var out = new StoreSerde.Out(packed.length + key.length);
        int[] newStarts = new int[kept - dropped + 1];
        int n = 0;
        int skip = dropped;
        for (int i = 0; i < starts.length; i++) {
            if (i == removed) {
                continue;
            }
            if (skip > 0) {
                skip--;
                continue;
            }
            newStarts[n++] = out.size();
            out.raw(packed, starts[i], end(i) - starts[i]);
        }
        newStarts[n] = out.size();
        out.raw(key, 0, key.length);
        return new IdList(out.toArray(), newStarts);
    }

    private int indexOf(byte[] key) {
        for (int i = 0; i < starts.length; i++) {
            if (end(i) - starts[i] == key.length
                    && Arrays.equals(packed, starts[i], end(i), key, 0, key.length)) {
                return i;
            }
        }
        return -1;
    }

    private int end(int index) {
        return index + 1 < starts.length ? starts[index + 1] : packed.length;
    }

    private static byte[] encode(String id) {
        return new StoreSerde.Out(ID_BYTES).id(id).toArray();
    }
}

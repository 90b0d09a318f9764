package news.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary values for state stores and their changelogs, which only newsflow itself reads. A story step reads
 * dozens of store values per article; as JSON that parsing was the largest cost of the grouping stage and of the
 * sink (profiled: a third of enrich's and two thirds of the sink's Java time), and the text made every changelog
 * several times larger. Topics and files that others read stay JSON ({@link JsonSerdes}).
 *
 * <p>A value is a format byte, then the fields in the order its {@link Codec} writes them. A value that starts with
 * '{' is JSON from an older version of newsflow and is read as such, so existing state keeps working.
 */
public final class StoreSerde {
    /** The first byte of every value written by this class. */
    static final byte FORMAT = 1;
    private static final int HEX_ID_BYTES = 16;
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    /** The value of each lower-case hex digit, -1 for every other character below 'g'. */
    private static final byte[] HEX_VALUES = new byte['g'];

    static {
        Arrays.fill(HEX_VALUES, (byte) -1);
        for (int i = 0; i < HEX_DIGITS.length; i++) {
            HEX_VALUES[HEX_DIGITS[i]] = (byte) i;
        }
    }

    private StoreSerde() {
    }

    /** Writes and reads one type, field by field. */
    public interface Codec<T> {
        void write(Out out, T value);

        T read(In in);
    }

    /** A string (or null) as a list element. */
    public static final Codec<String> TEXT = new Codec<>() {
        @Override
        public void write(Out out, String value) {
            out.text(value);
        }

        @Override
        public String read(In in) {
            return in.text();
        }
    };

    /**
     * An id (or any string, or null) as a list element: the 32 lower-case hex digits of article and story ids in 16
     * bytes. An entity's state keeps 200 of them and is written at every commit it changed in, so as text they were
     * most of the sink's changelog bytes.
     */
    public static final Codec<String> ID = new Codec<>() {
        @Override
        public void write(Out out, String value) {
            out.id(value);
        }

        @Override
        public String read(In in) {
            return in.id();
        }
    };

    /** A Kafka serde over the codec. Null values stay null (tombstones). */
    public static <T> Serde<T> of(Class<T> type, Codec<T> codec) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : toBytes(codec, value),
                (topic, bytes) -> bytes == null ? null : fromBytes(bytes, type, codec));
    }

    public static <T> byte[] toBytes(Codec<T> codec, T value) {
        Out out = SCRATCH.get();
        out.size = 0;
        out.bytes[out.size++] = FORMAT;
        codec.write(out, value);
        byte[] written = Arrays.copyOf(out.bytes, out.size);
        if (out.bytes.length > MAX_KEPT_SCRATCH) {
            SCRATCH.remove();
        }
        return written;
    }

    /**
     * One writing buffer per thread, reused: the sink writes an entity state of a few KB for every mention, and a
     * buffer grown from scratch each time was its largest allocation.
     */
    private static final ThreadLocal<Out> SCRATCH = ThreadLocal.withInitial(Out::new);
    private static final int MAX_KEPT_SCRATCH = 1 << 20;

    public static <T> T fromBytes(byte[] bytes, Class<T> type, Codec<T> codec) {
        if (bytes.length > 0 && bytes[0] == '{') {
            return JsonSerdes.fromBytes(bytes, type);
        }
        if (bytes.length == 0 || bytes[0] != FORMAT) {
            throw new SerializationException("not a stored " + type.getSimpleName() + ": unknown format "
                    + (bytes.length == 0 ? "(empty)" : Byte.toString(bytes[0])));
        }
        var in = new In(bytes);
        try {
            T value = codec.read(in);
            if (in.position != bytes.length) {
                throw new SerializationException("not a stored " + type.getSimpleName() + ": "
                        + (bytes.length - in.position) + " bytes left over");
            }
            return value;
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new SerializationException("not a stored " + type.getSimpleName() + ": truncated or corrupt", e);
        }
    }

    /** The writing side: variable-length integers, UTF-8 strings, instants to the nanosecond, lists. */
    public static final class Out {
        private byte[] bytes;
        private int size;

        public Out() {
            this(256);
        }

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        int size() {
            return size;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        /** Bytes already in this encoding, copied as they are. */
        Out raw(byte[] source, int offset, int length) {
            ensure(length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
            return this;
        }

        /** The ids as {@code list(ids, ID)} writes them, copied from their encoded form. */
        public Out ids(IdList ids) {
            ids.writeTo(this);
            return this;
        }

        public Out varint(long value) {
            ensure(10);
            long v = value;
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
            return this;
        }

        /** Signed values as zig-zag varints, so small negatives stay short. */
        public Out signed(long value) {
            return varint((value << 1) ^ (value >> 63));
        }

        /** Four bytes, for values spread over the whole int range (hashes), where a varint would take five. */
        public Out int32(int value) {
            ensure(4);
            for (int i = 0; i < 4; i++) {
                bytes[size++] = (byte) (value >>> (8 * i));
            }
            return this;
        }

        public Out number(double value) {
            ensure(8);
            long bits = Double.doubleToLongBits(value);
            for (int i = 0; i < 8; i++) {
                bytes[size++] = (byte) (bits >>> (8 * i));
            }
            return this;
        }

        public Out flag(boolean value) {
            ensure(1);
            bytes[size++] = (byte) (value ? 1 : 0);
            return this;
        }

        /** A string, or null. */
        public Out text(String value) {
            if (value == null) {
                return varint(0);
            }
            int length = value.length();
            if (isAscii(value, length)) {
                // The common case (ids, keys, most names): one byte per char, written in place.
                varint(length + 1L);
                ensure(length);
                for (int i = 0; i < length; i++) {
                    bytes[size++] = (byte) value.charAt(i);
                }
                return this;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length + 1L);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
            return this;
        }

        /** Like {@link #text}, with 32 lower-case hex digits (an article or story id) in 16 bytes. */
        public Out id(String value) {
            if (value == null) {
                return varint(0);
            }
            if (value.length() == 2 * HEX_ID_BYTES) {
                int start = size;
                ensure(1 + HEX_ID_BYTES);
                bytes[size++] = 1;
                for (int i = 0; i < 2 * HEX_ID_BYTES; i += 2) {
                    int high = hexValue(value.charAt(i));
                    int low = hexValue(value.charAt(i + 1));
                    if ((high | low) < 0) {
                        size = start;
                        return varint(2).text(value);
                    }
                    bytes[size++] = (byte) (high << 4 | low);
                }
                return this;
            }
            return varint(2).text(value);
        }

        private static int hexValue(char c) {
            return c < HEX_VALUES.length ? HEX_VALUES[c] : -1;
        }

        private static boolean isAscii(String value, int length) {
            for (int i = 0; i < length; i++) {
                if (value.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        /** An instant, or null. */
        public Out instant(Instant value) {
            if (value == null) {
                return flag(false);
            }
            flag(true);
            signed(value.getEpochSecond());
            return varint(value.getNano());
        }

        public <T> Out list(List<T> values, Codec<T> element) {
            varint(values.size());
            for (T value : values) {
                element.write(this, value);
            }
            return this;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** The reading side, mirroring {@link Out}. */
    public static final class In {
        private final byte[] bytes;
        private int position;

        In(byte[] bytes) {
            this(bytes, 1);
        }

        In(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        public long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("varint longer than 64 bits");
        }

        public int count() {
            long value = varint();
            if (value < 0 || value > bytes.length) {
                throw new IllegalArgumentException("impossible count " + value);
            }
            return (int) value;
        }

        public long signed() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        public int int32() {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                value |= (bytes[position++] & 0xFF) << (8 * i);
            }
            return value;
        }

        public double number() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (bytes[position++] & 0xFFL) << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        public boolean flag() {
            return bytes[position++] != 0;
        }

        public String text() {
            int length = count();
            if (length == 0) {
                return null;
            }
            String value = new String(bytes, position, length - 1, StandardCharsets.UTF_8);
            position += length - 1;
            return value;
        }

        /** What {@code Out.ids} or {@code Out.list(ids, ID)} wrote. */
        public IdList ids() {
            return IdList.readFrom(this);
        }

        int position() {
            return position;
        }

        /** The bytes from {@code from} to the current position. */
        byte[] slice(int from) {
            return Arrays.copyOfRange(bytes, from, position);
        }

        /** Moves past one id without decoding it. */
        void skipId() {
            long kind = varint();
            if (kind == 1) {
                position += HEX_ID_BYTES;
            } else if (kind == 2) {
                int length = count();
                position += Math.max(0, length - 1);
            } else if (kind != 0) {
                throw new IllegalArgumentException("unknown id kind " + kind);
            }
            if (position > bytes.length) {
                throw new IllegalArgumentException("id beyond the end of the value");
            }
        }

        public String id() {
            long kind = varint();
            if (kind == 0) {
                return null;
            }
            if (kind == 2) {
                return text();
            }
            if (kind != 1) {
                throw new IllegalArgumentException("unknown id kind " + kind);
            }
            byte[] hex = new byte[2 * HEX_ID_BYTES];
            for (int i = 0; i < HEX_ID_BYTES; i++) {
                int b = bytes[position++] & 0xFF;
                hex[2 * i] = HEX_DIGITS[b >>> 4];
                hex[2 * i + 1] = HEX_DIGITS[b & 0xF];
            }
            return new String(hex, StandardCharsets.ISO_8859_1);
        }

        public Instant instant() {
            return flag() ? Instant.ofEpochSecond(signed(), varint()) : null;
        }

        public <T> List<T> list(Codec<T> element) {
            int n = count();
            var values = new ArrayList<T>(n);
            for (int i = 0; i < n; i++) {
                values.add(element.read(this));
            }
            return values;
        }

        /**
         * A list that ends the value, decoded when first used: a reader that often needs only the fields before it
         * skips decoding it (story candidates are compared without their entity registries, the largest part).
         */
        public <T> List<T> lazyList(Codec<T> element) {
            var rest = new Deferred<>(bytes, position, element);
            position = bytes.length;
            return rest;
        }
    }

    /**
     * An immutable list read from the end of a stored value on first use; corrupt bytes are then reported as when the
     * value was read. Not thread-safe, as store values are used by one stream thread.
     */
    public static final class Deferred<T> extends AbstractList<T> implements RandomAccess {
        private final byte[] bytes;
        private final int start;
        private final Codec<T> element;
        private List<T> decoded;

        private Deferred(byte[] bytes, int start, Codec<T> element) {
            this.bytes = bytes;
            this.start = start;
            this.element = element;
        }

        @Override
        public T get(int index) {
            return decoded().get(index);
        }

        @Override
        public int size() {
            return decoded().size();
        }

        private List<T> decoded() {
            if (decoded == null) {
                var in = new In(bytes, start);
                try {
                    List<T> values = List.copyOf(in.list(element));
                    if (in.position != bytes.length) {
                        throw new SerializationException("not a stored list: " + (bytes.length - in.position)
                                + " bytes left over");
                    }
                    decoded = values;
                } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                    throw new SerializationException("not a stored list: truncated or corrupt", e);
                }
            }
            return decoded;
        }
    }
}

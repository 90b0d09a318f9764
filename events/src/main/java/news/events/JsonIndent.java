package news.events;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Indents compact JSON exactly as Jackson's default pretty printer writes the same document: an object's fields on
 * lines of their own, two spaces deeper per object, {@code "name" : value}; an array's values on one line,
 * {@code [ a, b ]}; empty ones as {@code { }} and {@code [ ]}. Strings, numbers and literals are copied as they are, so
 * the compact JSON {@link JsonSerdes} wrote for a record indents into the very bytes its pretty writer gives the
 * record, without binding the record again: 28 against 47 µs for a 14 KB enriched article (JMH {@code JsonBenchmark}),
 * which the sink writes to a file for every article.
 */
final class JsonIndent {
    private static final byte[] LINE_BREAK = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_DEPTH = 1_000;

    private byte[] out;
    private int size;

    private JsonIndent(int capacity) {
        out = new byte[capacity];
    }

    /**
     * @throws IllegalArgumentException when {@code json} is not one compact JSON document (whitespace outside strings,
     *                                  unbalanced brackets, nothing at all)
     */
    static byte[] indent(byte[] json) {
        var indent = new JsonIndent(json.length + json.length / 2 + 16);
        indent.write(json);
        return Arrays.copyOf(indent.out, indent.size);
    }

    private void write(byte[] json) {
        // Per open container: whether it is an object; the objects alone set the indentation.
        boolean[] objects = new boolean[64];
        int depth = 0;
        int objectDepth = 0;
        int i = 0;
        while (i < json.length) {
            byte b = json[i];
            switch (b) {
                case '"' -> {
                    int end = stringEnd(json, i);
                    put(json, i, end - i);
                    i = end;
                    continue;
                }
                case '{', '[' -> {
                    if (depth == MAX_DEPTH) {
                        throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH);
                    }
                    if (depth == objects.length) {
                        objects = Arrays.copyOf(objects, depth * 2);
                    }
                    boolean object = b == '{';
                    objects[depth++] = object;
                    put(b);
                    boolean empty = i + 1 < json.length && json[i + 1] == (object ? '}' : ']');
                    if (empty) {
                        put((byte) ' ');
                    } else if (object) {
                        lineBreak(++objectDepth);
                    } else {
                        put((byte) ' ');
                    }
                    if (empty && object) {
                        objectDepth++;
                    }
                }
                case '}', ']' -> {
                    boolean object = b == '}';
                    if (depth == 0 || objects[depth - 1] != object) {
                        throw new IllegalArgumentException("unbalanced " + (char) b + " at byte " + i);
                    }
                    depth--;
                    boolean empty = json[i - 1] == (object ? '{' : '[');
                    if (object) {
                        objectDepth--;
                        if (!empty) {
                            lineBreak(objectDepth);
                        }
                    } else if (!empty) {
                        put((byte) ' ');
                    }
                    put(b);
                }
                case ',' -> {
                    if (depth == 0) {
                        throw new IllegalArgumentException("',' outside any object or array at byte " + i);
                    }
                    put(b);
                    if (objects[depth - 1]) {
                        lineBreak(objectDepth);
                    } else {
                        put((byte) ' ');
                    }
                }
                case ':' -> {
                    put((byte) ' ');
                    put(b);
                    put((byte) ' ');
                }
                case ' ', '\t', '\n', '\r' -> throw new IllegalArgumentException("not compact JSON: whitespace at byte "
                        + i);
                default -> put(b);
            }
            i++;
        }
        if (depth != 0 || size == 0) {
            throw new IllegalArgumentException(size == 0 ? "no JSON document" : "unclosed object or array");
        }
    }

    /** The index just past the string starting at {@code start} (its closing quote included). */
    private static int stringEnd(byte[] json, int start) {
        for (int i = start + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unterminated string at byte " + start);
    }

    private void lineBreak(int level) {
        put(LINE_BREAK, 0, LINE_BREAK.length);
        ensure(2 * level);
        Arrays.fill(out, size, size + 2 * level, (byte) ' ');
        size += 2 * level;
    }

    private void put(byte b) {
        ensure(1);
        out[size++] = b;
    }

    private void put(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, out, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}

package news.ingest.parse.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many word fragments occur in a class or id value, in one pass over its characters (an
 * Aho-Corasick automaton over lower-case ASCII). Each fragment carries flag bits; the result is the union of the
 * bits of every fragment found. Matching ignores ASCII case; a space in a fragment matches the start or end of the
 * value or a space between two class names, so {@code " ad-"} finds a class that starts with {@code ad-}.
 * Immutable and thread-safe once built.
 */
final class NameMatcher {
    private static final int ALPHABET = 128;

    private final int[][] next;
    private final int[] output;

    private NameMatcher(int[][] next, int[] output) {
        this.next = next;
        this.output = output;
    }

    /** @param fragments lower-case ASCII fragments and the flag bits each one sets */
    static NameMatcher of(Map<String, Integer> fragments) {
        List<int[]> trie = new ArrayList<>();
        List<Integer> outputs = new ArrayList<>();
        trie.add(newState());
        outputs.add(0);
        for (Map.Entry<String, Integer> fragment : fragments.entrySet()) {
            int state = 0;
            for (char c : fragment.getKey().toCharArray()) {
                if (c >= ALPHABET) {
                    throw new IllegalArgumentException("not ASCII: " + fragment.getKey());
                }
                if (trie.get(state)[c] < 0) {
                    trie.get(state)[c] = trie.size();
                    trie.add(newState());
                    outputs.add(0);
                }
                state = trie.get(state)[c];
            }
            outputs.set(state, outputs.get(state) | fragment.getValue());
        }
        int[][] next = trie.toArray(new int[0][]);
        int[] output = outputs.stream().mapToInt(Integer::intValue).toArray();
        int[] fail = new int[next.length];
        var queue = new ArrayDeque<Integer>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        // Breadth first, so every state's failure target is complete before the state itself.
        while (!queue.isEmpty()) {
            int state = queue.poll();
            output[state] |= output[fail[state]];
            for (int c = 0; c < ALPHABET; c++) {
                int child = next[state][c];
                if (child < 0) {
                    next[state][c] = next[fail[state]][c];
                } else {
                    fail[child] = next[fail[state]][c];
                    queue.add(child);
                }
            }
        }
        return new NameMatcher(next, output);
    }

    private static int[] newState() {
        int[] state = new int[ALPHABET];
        Arrays.fill(state, -1);
        return state;
    }

    /** The union of the flags of the fragments found in the value. */
    int match(String value) {
        int state = next[0][' '];
        int flags = output[state];
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                c = ' ';
            } else if (c >= ALPHABET) {
                // Outside ASCII no fragment can match: start over.
                state = 0;
                continue;
            }
            state = next[state][c];
            flags |= output[state];
        }
        state = next[state][' '];
        return flags | output[state];
    }
}

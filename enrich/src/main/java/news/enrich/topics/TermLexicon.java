package news.enrich.topics;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Terms that are evidence for topics, matched on word stems ("elections" matches "election"), each with a weight
 * per topic it supports. Derived from the IPTC labels and definitions when the model is trained. Immutable and
 * thread-safe.
 */
public final class TermLexicon {
    /** The longest term, in words. */
    public static final int MAX_WORDS = 4;

    /**
     * One term.
     *
     * @param text    the term as shown in evidence
     * @param stems   the stem hashes of its words ({@link TopicText#stemHash(String)})
     * @param topics  the indexes of the topics it supports
     * @param weights its weight for each of them
     */
    public record Term(String text, int[] stems, int[] topics, float[] weights) {
        public Term {
            if (stems.length < 1 || stems.length > MAX_WORDS || topics.length != weights.length) {
                throw new IllegalArgumentException("bad term " + text);
            }
            stems = stems.clone();
            topics = topics.clone();
            weights = weights.clone();
        }
    }

    private final List<Term> terms;
    private final int[] slots;
    private final int[] slotKeys;
    private final int mask;
    /**
     * The keys of the first words of longer terms, as bits: a match is extended only while its key may be such a
     * prefix. A key that is not one but shares its bit only costs a look-up more, as a longer term found must start
     * with the same stems and so have this very key as a prefix. One bit read per word where a binary search of all
     * prefixes took a fifth of topic scoring.
     */
    private final long[] prefixBits;
    private final int prefixMask;

    public TermLexicon(List<Term> terms) {
        if (terms.size() >= 1 << 24) {
            throw new IllegalArgumentException("too many terms: " + terms.size());
        }
        this.terms = List.copyOf(terms);
        int capacity = Integer.highestOneBit(Math.max(4, terms.size() * 3) - 1) << 1;
        slots = new int[capacity];
        slotKeys = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(slots, -1);
        for (int t = 0; t < terms.size(); t++) {
            int key = key(terms.get(t).stems());
            int slot = key & mask;
            while (slots[slot] >= 0) {
                if (Arrays.equals(terms.get(slots[slot]).stems(), terms.get(t).stems())) {
                    throw new IllegalArgumentException("duplicate term " + terms.get(t).text());
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = t;
            slotKeys[slot] = key;
        }
        int prefixCount = terms.stream().mapToInt(term -> term.stems().length - 1).sum();
        // About 16 bits per prefix: few keys that are no prefix share a bit with one.
        prefixBits = new long[Integer.highestOneBit(Math.max(1, prefixCount / 4)) << 1];
        prefixMask = prefixBits.length * 64 - 1;
        for (Term term : terms) {
            int key = 0;
            for (int i = 0; i < term.stems().length - 1; i++) {
                key = combine(key, term.stems()[i], i + 1);
                int bit = key & prefixMask;
                prefixBits[bit >>> 6] |= 1L << bit;
            }
        }
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * The terms found in an article, each with its number of occurrences (title words counted
     * {@link FeatureVector#TITLE_WEIGHT} times).
     */
    public Matches match(TopicText title, TopicText body) {
        var found = new int[16];
        int[] size = {0};
        found = collect(title, FeatureVector.TITLE_WEIGHT, found, size);
        found = collect(body, 1, found, size);
        // Each entry is term * 64 + weight: sorting brings a term's occurrences together.
        Arrays.sort(found, 0, size[0]);
        int[] terms = new int[size[0]];
        int[] counts = new int[size[0]];
        int n = 0;
        for (int i = 0; i < size[0]; i++) {
            int term = found[i] >>> 6;
            if (n > 0 && terms[n - 1] == term) {
                counts[n - 1] += found[i] & 63;
            } else {
                terms[n] = term;
                counts[n] = found[i] & 63;
                n++;
            }
        }
        return new Matches(Arrays.copyOf(terms, n), Arrays.copyOf(counts, n));
    }

    /**
     * Terms found in one article.
     *
     * @param terms  indexes into {@link #terms()}, ascending
     * @param counts occurrences of each
     */
    public record Matches(int[] terms, int[] counts) {
        public int size() {
            return terms.length;
        }
    }

    private int[] collect(TopicText text, int weight, int[] found, int[] size) {
        int n = text.size();
        int[] out = found;
        for (int i = 0; i < n; i++) {
            int key = 0;
            for (int len = 1; len <= MAX_WORDS && i + len <= n; len++) {
                key = combine(key, text.stem(i + len - 1), len);
                int term = find(key, text, i, len);
                if (term >= 0) {
                    if (size[0] == out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[size[0]++] = term << 6 | weight;
                }
                int bit = key & prefixMask;
                if ((prefixBits[bit >>> 6] & 1L << bit) == 0) {
                    break;
                }
            }
        }
        return out;
    }

    private int find(int key, TopicText text, int start, int len) {
        int slot = key & mask;
        int term;
        while ((term = slots[slot]) >= 0) {
            if (slotKeys[slot] == key && matches(terms.get(term).stems(), text, start, len)) {
                return term;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean matches(int[] stems, TopicText text, int start, int len) {
        if (stems.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (stems[i] != text.stem(start + i)) {
                return false;
            }
        }
        return true;
    }

    private static int key(int[] stems) {
        int key = 0;
        for (int i = 0; i < stems.length; i++) {
            key = combine(key, stems[i], i + 1);
        }
        return key;
    }

    private static int combine(int key, int stem, int length) {
        return TopicText.mix(key * 0x9E3779B1 + stem + length);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(terms.size());
        for (Term term : terms) {
            out.writeUTF(term.text());
            out.writeByte(term.stems().length);
            for (int stem : term.stems()) {
                out.writeInt(stem);
            }
            out.writeShort(term.topics().length);
            for (int i = 0; i < term.topics().length; i++) {
                out.writeShort(term.topics()[i]);
                out.writeFloat(term.weights()[i]);
            }
        }
    }

    static TermLexicon read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size >= 1 << 24) {
            throw new IOException("not a lexicon: " + size + " terms");
        }
        var terms = new ArrayList<Term>(size);
        for (int t = 0; t < size; t++) {
            String text = in.readUTF();
            int[] stems = new int[in.readByte()];
            for (int i = 0; i < stems.length; i++) {
                stems[i] = in.readInt();
            }
            int postings = in.readShort();
            int[] topics = new int[postings];
            float[] weights = new float[postings];
            for (int i = 0; i < postings; i++) {
                topics[i] = in.readShort();
                weights[i] = in.readFloat();
            }
            terms.add(new Term(text, stems, topics, weights));
        }
        return new TermLexicon(terms);
    }
}

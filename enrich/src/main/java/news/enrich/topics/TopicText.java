package news.enrich.topics;

import java.util.Arrays;
import java.util.Set;

/**
 * The text of one article as the topic model sees it: lower-case word tokens (runs of letters and digits; a
 * possessive {@code 's} dropped; any token with a digit becomes the one token {@code <num>}), each with a 32-bit
 * hash of its surface form and of its plural-stripped stem. Training and scoring both build features through this
 * class, so the two can never disagree. Immutable once built.
 */
public final class TopicText {
    /** The hash of every token holding a digit: numbers say little about the topic and would swamp the vocabulary. */
    static final String NUMBER = "<num>";
    private static final int NUMBER_HASH = hash(NUMBER);

    /**
     * English function words: no bigram is made with one of them, and they never start or end a lexicon term. Written
     * for this purpose; it holds no topical word.
     */
    static final Set<String> STOPWORDS = Set.of("a", "about", "above", "after", "again", "against", "all", "also",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
            "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
            "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
            "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
            "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
            "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
            "yours", "yourself", "said", "says", "say", "mr", "mrs", "ms", "t", "s", "m", "ve", "ll", "d", "re",
            "may", "might", "must", "shall", "one", "two", "new", "<num>");
    private static final int[] STOPWORD_HASHES = STOPWORDS.stream().mapToInt(TopicText::hash).sorted().toArray();
    /**
     * Plurals that mean something else than their singular ("securities" are not "security", "futures" not
     * "future"): their stem is the word itself.
     */
    static final Set<String> PLURALS_OF_THEIR_OWN = Set.of("securities", "futures", "goods", "shares", "stocks",
            "arms", "customs", "earnings", "savings", "spirits", "damages", "letters", "manners", "quarters",
            "remains", "means", "works", "grounds", "ties", "times", "affairs", "humanities");
    private static final int[] OWN_PLURAL_HASHES = PLURALS_OF_THEIR_OWN.stream().mapToInt(TopicText::hash).sorted()
            .toArray();

    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final int[] stems;
    private final boolean[] stopwords;
    private final boolean[] numbers;
    private final int size;

    private TopicText(char[] chars, int[] starts, int[] ends, boolean[] numbers, int size) {
        this.chars = chars;
        this.starts = starts;
        this.ends = ends;
        this.numbers = numbers;
        this.size = size;
        this.hashes = new int[size];
        this.stems = new int[size];
        this.stopwords = new boolean[size];
        for (int i = 0; i < size; i++) {
            if (numbers[i]) {
                hashes[i] = NUMBER_HASH;
                stems[i] = NUMBER_HASH;
                stopwords[i] = true;
                continue;
            }
            hashes[i] = hash(chars, starts[i], ends[i]);
            // Only a word ending in "s" can have a plural ending to strip.
            stems[i] = chars[ends[i] - 1] == 's' && Arrays.binarySearch(OWN_PLURAL_HASHES, hashes[i]) < 0
                    ? stemHash(chars, starts[i], ends[i]) : hashes[i];
            stopwords[i] = Arrays.binarySearch(STOPWORD_HASHES, hashes[i]) >= 0;
        }
    }

    /** Tokenises a text; null reads as empty. */
    public static TopicText of(String text) {
        char[] source = text == null ? new char[0] : text.toCharArray();
        int length = source.length;
        // Token characters, lower-cased, one token after another.
        char[] chars = new char[length];
        int used = 0;
        int[] starts = new int[Math.max(16, length / 5)];
        int[] ends = new int[starts.length];
        boolean[] numbers = new boolean[starts.length];
        int size = 0;
        int i = 0;
        while (i < length) {
            int start = used;
            boolean number = false;
            while (i < length) {
                char c = source[i];
                // ASCII first: nearly all characters of English news.
                if (c < 128) {
                    if (c >= 'A' && c <= 'Z') {
                        c += 'a' - 'A';
                    } else if (c >= '0' && c <= '9') {
                        number = true;
                    } else if (c < 'a' || c > 'z') {
                        break;
                    }
                } else if (Character.isLetterOrDigit(c)) {
                    number |= Character.isDigit(c);
                    c = Character.toLowerCase(c);
                } else {
                    break;
                }
                chars[used++] = c;
                i++;
                // An initialism with full stops ("U.S.", "U.N.") is one word: "us", "un".
                if (i + 1 < length && source[i] == '.' && isLetter(source[i + 1])
                        && (i + 2 == length || source[i + 2] == '.')
                        && (used - start == 1 || source[i - 2] == '.')) {
                    i++;
                }
            }
            if (used == start) {
                i++;
                continue;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            starts[size] = start;
            ends[size] = used;
            numbers[size] = number;
            size++;
            // A possessive "'s" (straight or curly apostrophe) belongs to the word before it: skip it.
            if (i + 1 < length && (source[i] == '\'' || source[i] == '\u2019')
                    && (source[i + 1] == 's' || source[i + 1] == 'S')
                    && (i + 2 == length || !Character.isLetterOrDigit(source[i + 2]))) {
                i += 2;
            }
        }
        return new TopicText(chars, starts, ends, numbers, size);
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    public int size() {
        return size;
    }

    /** The hash of token {@code i}'s lower-case surface form. */
    public int hash(int i) {
        return hashes[i];
    }

    /** The hash of token {@code i}'s stem (plural endings stripped), for matching lexicon terms. */
    public int stem(int i) {
        return stems[i];
    }

    public boolean isStopword(int i) {
        return stopwords[i];
    }

    /** Token {@code i} as text (for evidence); {@code <num>} for numbers. */
    public String token(int i) {
        return isNumber(i) ? NUMBER : new String(chars, starts[i], ends[i] - starts[i]);
    }

    private boolean isNumber(int i) {
        return numbers[i];
    }

    /** The hash of a bigram of two token hashes; order matters. */
    public static int bigram(int first, int second) {
        return mix(first * 0x9E3779B1 + Integer.rotateLeft(second, 13) + 0x7F4A7C15);
    }

    /** The hash of a word as {@link #hash(int)} computes it for a token with the same text. */
    public static int hash(String word) {
        char[] chars = word.toCharArray();
        return hash(chars, 0, chars.length);
    }

    /** The hash of a word's stem as {@link #stem(int)} computes it. */
    public static int stemHash(String word) {
        return TopicText.of(word).stem(0);
    }

    /** The stem of a lower-case word: plural endings stripped ("companies" to "company", "taxes" to "tax"). */
    public static String stem(String word) {
        if (PLURALS_OF_THEIR_OWN.contains(word)) {
            return word;
        }
        char[] chars = word.toCharArray();
        int end = stemEnd(chars, 0, chars.length);
        String stem = new String(chars, 0, Math.max(0, end));
        return end < 0 ? new String(chars, 0, -end) + "y" : stem;
    }

    private static int hash(char[] chars, int start, int end) {
        int h = 0x811C9DC5;
        for (int i = start; i < end; i++) {
            h = (h ^ chars[i]) * 0x01000193;
        }
        return mix(h);
    }

    private static int stemHash(char[] chars, int start, int end) {
        int stemEnd = stemEnd(chars, start, end);
        if (stemEnd >= 0) {
            return hash(chars, start, start + stemEnd);
        }
        int h = 0x811C9DC5;
        for (int i = start; i < start - stemEnd; i++) {
            h = (h ^ chars[i]) * 0x01000193;
        }
        return mix((h ^ 'y') * 0x01000193);
    }

    /**
     * A small plural stripper in the spirit of Harman's S-stemmer: "-ies" to "-y" ("companies"), "-es" dropped after
     * x, z, ch, sh and ss ("taxes", "matches", "businesses"), otherwise a final "s" dropped, except after s, u, i,
     * ae, ee, oe and in "news" ("business", "virus", "crisis" kept). Words of three letters or fewer are kept.
     *
     * @return the stem's length, or minus the length of the kept part when a "y" must be appended
     */
    private static int stemEnd(char[] c, int start, int end) {
        int n = end - start;
        if (n <= 3 || c[end - 1] != 's') {
            return n;
        }
        char prev = c[end - 2];
        if (prev == 's' || prev == 'u' || prev == 'i') {
            return n;
        }
        if (prev == 'e') {
            char third = c[end - 3];
            if (third == 'i' && n > 4 && c[end - 4] != 'e' && c[end - 4] != 'a') {
                return -(n - 3);
            }
            if (third == 'a' || third == 'e' || third == 'o') {
                return n;
            }
            if (third == 'x' || third == 'z' || n > 4 && (third == 'h' && (c[end - 4] == 'c' || c[end - 4] == 's')
                    || third == 's' && c[end - 4] == 's')) {
                return n - 2;
            }
            return n - 1;
        }
        if (prev == 'w' && c[end - 3] == 'e' && c[end - 4] == 'n') {
            return n;
        }
        return n - 1;
    }

    /** Murmur3's 32-bit finaliser: spreads the bits of a hash. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}

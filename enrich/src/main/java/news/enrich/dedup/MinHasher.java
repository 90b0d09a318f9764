package news.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Turns an article into its {@link Fingerprint} and the LSH keys under which candidates meet.
 *
 * <p>The body becomes a set of word shingles (three consecutive words), each hashed to 64 bits; the signature keeps,
 * for each of {@code bands × rows} hash functions, the smallest value over the set. Two signatures agree in a
 * slot with probability equal to the Jaccard similarity of the two sets, so the fraction of agreeing slots estimates
 * it. Articles meet as candidates when all rows of one band agree (Jaccard ≈ 0.68 gives even odds with 16 bands of
 * 8) or when their titles have the same words, which finds revised versions whose bodies changed a lot. Hashes are
 * computed from the characters alone (no {@code String.hashCode} seeds, no JVM state), so every instance computes
 * the same keys.
 */
public final class MinHasher {
    /** The slot value of an empty body: no shingle ever hashes here by construction of {@link #slot}. */
    public static final int EMPTY = Integer.MAX_VALUE;
    static final int SHINGLE_WORDS = 3;
    private static final long SALT = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final int bands;
    private final int rows;
    private final int slots;

    public MinHasher(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive, were " + bands + " and " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        this.slots = bands * rows;
    }

    int slots() {
        return slots;
    }

    public Fingerprint fingerprint(String id, String title, String body) {
        return new Fingerprint(id, String.join(" ", new TreeSet<>(words(title))), signature(wordHashes(body)), id);
    }

    /** The band keys and the title key of a fingerprint: articles sharing any of them are compared. */
    public List<String> keys(Fingerprint fingerprint) {
        var keys = new ArrayList<String>(bands + 1);
        int[] signature = fingerprint.signature();
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature of " + fingerprint.id() + " has " + signature.length
                    + " slots, expected " + bands * rows);
        }
        if (signature[0] != EMPTY) {
            for (int band = 0; band < bands; band++) {
                long h = band;
                for (int row = 0; row < rows; row++) {
                    h = mix(h * 31 + signature[band * rows + row]);
                }
                keys.add("b" + band + ":" + Long.toHexString(h));
            }
        }
        if (!fingerprint.titleWords().isEmpty()) {
            keys.add("t:" + Long.toHexString(hash(fingerprint.titleWords())));
        }
        return keys;
    }

    /** The estimated Jaccard similarity of two bodies: the fraction of agreeing slots (two empty bodies: 1). */
    public static double bodySimilarity(Fingerprint a, Fingerprint b) {
        int[] x = a.signature();
        int[] y = b.signature();
        if (x.length != y.length || x.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return (double) same / x.length;
    }

    /** The Jaccard similarity of the two titles' word sets (two empty titles: 1). */
    public static double titleSimilarity(Fingerprint a, Fingerprint b) {
        if (a.titleWords().equals(b.titleWords())) {
            return 1;
        }
        var x = new TreeSet<>(List.of(a.titleWords().split(" ")));
        var y = List.of(b.titleWords().split(" "));
        int union = x.size();
        int common = 0;
        for (String word : new TreeSet<>(y)) {
            if (x.contains(word)) {
                common++;
            } else {
                union++;
            }
        }
        return (double) common / union;
    }

    private int[] signature(long[] wordHashes) {
        int[] signature = new int[slots];
        Arrays.fill(signature, EMPTY);
        int words = wordHashes.length;
        if (words == 0) {
            return signature;
        }
        int shingles = Math.max(1, words - SHINGLE_WORDS + 1);
        int lanes = signature.length - signature.length % 4;
        for (int start = 0; start < shingles; start++) {
            long shingle = 0;
            for (int w = start; w < Math.min(words, start + SHINGLE_WORDS); w++) {
                shingle = mix(shingle * 0x100000001B3L + wordHashes[w]);
            }
            // Double hashing: slot i uses h1 + i·h2, as good as independent hash functions for MinHash and one
            // multiply-add per slot instead of a full mix (this loop is most of the grouping stage's cost).
            long h1 = mix(shingle);
            long h2 = mix(h1 ^ SALT) | 1;
            // h1 + i·h2 by repeated addition (the same value, wrapping alike) in four independent lanes, so the
            // additions need not wait for each other, and a branch-free minimum.
            long step = 4 * h2;
            long h = h1;
            long hPlus1 = h1 + h2;
            long hPlus2 = h1 + 2 * h2;
            long hPlus3 = h1 + 3 * h2;
            for (int i = 0; i < lanes; i += 4) {
                signature[i] = Math.min(signature[i], slot(h));
                signature[i + 1] = Math.min(signature[i + 1], slot(hPlus1));
                signature[i + 2] = Math.min(signature[i + 2], slot(hPlus2));
                signature[i + 3] = Math.min(signature[i + 3], slot(hPlus3));
                h += step;
                hPlus1 += step;
                hPlus2 += step;
                hPlus3 += step;
            }
            for (int i = lanes; i < signature.length; i++) {
                signature[i] = Math.min(signature[i], slot(h));
                h += h2;
            }
        }
        return signature;
    }

    /** The top 30 bits: non-negative and below {@link #EMPTY}, so an empty body never agrees with a non-empty one. */
    private static int slot(long hash) {
        return (int) (hash >>> 34);
    }

    /** Lower-case runs of letters and digits, after NFC. */
    static List<String> words(String text) {
        String lower = lowerCase(text);
        var words = new ArrayList<String>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The {@link #hash} of each of {@link #words}, read in place: a body has some 600 words, no string needed. */
    static long[] wordHashes(String text) {
        String lower = lowerCase(text);
        long[] hashes = new long[lower.length() / 2 + 1];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ c) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                hashes[count++] = mix(h);
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        return Arrays.copyOf(hashes, count);
    }

    private static String lowerCase(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** FNV-1a over the characters, then mixed: stable across JVMs and runs. */
    private static long hash(String text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

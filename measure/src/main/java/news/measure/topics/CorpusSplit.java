package news.measure.topics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import news.events.ArticleIdentity;

/**
 * The deterministic split of a labelled corpus: an article's bucket (0..99) is the first eight bytes of SHA-256
 * over its normalised headline ({@link ArticleIdentity#normalise}), unsigned, modulo 100. Buckets below
 * {@code heldOutPercent} are held out from training. Splitting on the headline rather than the whole text keeps
 * exact copies and revised versions of a story (which keep their headline in the BBC set) on one side. Within
 * the training part, bucket {@code b} falls in cross-validation fold {@code b % folds}.
 */
public record CorpusSplit(int heldOutPercent, int folds) {
    /** The split of the shipped model: 20% held out, 5 folds. */
    public static final CorpusSplit DEFAULT = new CorpusSplit(20, 5);

    public CorpusSplit {
        if (heldOutPercent < 0 || heldOutPercent > 90 || folds < 2) {
            throw new IllegalArgumentException("held-out share must be 0..90% and folds at least 2");
        }
    }

    public static int bucket(String title) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256")
                    .digest(ArticleIdentity.normalise(title).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xFF);
        }
        return (int) Long.remainderUnsigned(value, 100);
    }

    public boolean heldOut(String title) {
        return bucket(title) < heldOutPercent;
    }

    /** The cross-validation fold of a training article. */
    public int fold(String title) {
        return bucket(title) % folds;
    }
}

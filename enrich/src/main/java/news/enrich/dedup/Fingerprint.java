package news.enrich.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What near-duplicate detection remembers of one article: its title words and the MinHash signature of its body.
 *
 * @param id         the article id
 * @param titleWords the title's distinct words, lower case, sorted, joined by one space
 * @param signature  the body's MinHash signature (empty body: every slot {@link MinHasher#EMPTY})
 * @param originalId the first article of its duplicate group: its own id, or the id it is a near-duplicate of
 */
public record Fingerprint(String id, String titleWords, int[] signature, String originalId) {
    public Fingerprint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleWords, "titleWords");
        Objects.requireNonNull(signature, "signature");
        originalId = originalId == null ? id : originalId;
    }

    Fingerprint inGroupOf(String original) {
        return new Fingerprint(id, titleWords, signature, original);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && id.equals(that.id) && titleWords.equals(that.titleWords)
                && Arrays.equals(signature, that.signature) && originalId.equals(that.originalId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, titleWords, Arrays.hashCode(signature), originalId);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + id + ", " + titleWords + ", original " + originalId + "]";
    }
}

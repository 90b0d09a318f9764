package news.enrich.dedup;

import java.util.Arrays;
import java.util.Objects;
import news.events.StoreSerde;

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

    /** How the near-dup-fingerprints store and the group-articles topic keep it. */
    public static final StoreSerde.Codec<Fingerprint> CODEC = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Fingerprint f) {
            out.text(f.id()).text(f.titleWords()).text(f.originalId()).varint(f.signature().length);
            for (int slot : f.signature()) {
                out.int32(slot);
            }
        }

        @Override
        public Fingerprint read(StoreSerde.In in) {
            String id = in.text();
            String titleWords = in.text();
            String originalId = in.text();
            int[] signature = new int[in.count()];
            for (int i = 0; i < signature.length; i++) {
                signature[i] = in.int32();
            }
            return new Fingerprint(id, titleWords, signature, originalId);
        }
    };

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

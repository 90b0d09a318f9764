package news.enrich.dedup;

import java.util.List;
import java.util.Optional;

/**
 * Where near-duplicate detection keeps the fingerprints it has seen: state stores in the topology, a map in
 * {@code eval dedup}. Fingerprints come back in the order they were added.
 */
public interface FingerprintIndex {
    /** The ids added under a key, earliest first. */
    List<String> idsUnder(String key);

    Optional<Fingerprint> fingerprint(String id);

    void add(Fingerprint fingerprint, List<String> keys);
}

package news.benchmarks;

import java.util.List;
import java.util.Optional;
import news.enrich.dedup.Fingerprint;
import news.enrich.dedup.FingerprintIndex;

/**
 * A fingerprint index that answers from a filled one and forgets what is added to it, so every benchmark operation
 * looks the same article up in the same index; an index that grew with each operation would change what is measured.
 */
final class FrozenFingerprints implements FingerprintIndex {
    private final FingerprintIndex filled;

    FrozenFingerprints(FingerprintIndex filled) {
        this.filled = filled;
    }

    @Override
    public List<String> idsUnder(String key) {
        return filled.idsUnder(key);
    }

    @Override
    public Optional<Fingerprint> fingerprint(String id) {
        return filled.fingerprint(id);
    }

    @Override
    public void add(Fingerprint fingerprint, List<String> keys) {
    }
}

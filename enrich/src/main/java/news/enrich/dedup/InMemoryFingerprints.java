package news.enrich.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FingerprintIndex} in plain maps, unbounded: for {@code eval dedup} and tests, which see a corpus once.
 * The topology uses the stores of {@link MarkNearDuplicates}.
 */
public final class InMemoryFingerprints implements FingerprintIndex {
    private final Map<String, List<String>> idsByKey = new HashMap<>();
    private final Map<String, Fingerprint> fingerprints = new HashMap<>();

    @Override
    public List<String> idsUnder(String key) {
        List<String> ids = idsByKey.getOrDefault(key, List.of());
        return ids.subList(Math.max(0, ids.size() - StoredFingerprints.MAX_PER_KEY), ids.size());
    }

    @Override
    public Optional<Fingerprint> fingerprint(String id) {
        return Optional.ofNullable(fingerprints.get(id));
    }

    @Override
    public void add(Fingerprint fingerprint, List<String> keys) {
        fingerprints.put(fingerprint.id(), fingerprint);
        for (String key : keys) {
            idsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(fingerprint.id());
        }
    }
}

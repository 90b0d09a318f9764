package news.enrich.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import news.events.EnrichedArticle;

/**
 * Decides whether an article is a near-duplicate of one seen before: a candidate shares a band or title key
 * ({@link MinHasher#keys}), and is confirmed when both its title words and its body shingles are similar enough.
 * Both are required: a re-headlined copy of a wire story is the same story (the story step groups it) but not the
 * same article; a revised version keeps the headline and may rewrite much of the body.
 *
 * <p>The answer points at the group's original, the first article of the group this stage saw, and never changes
 * afterwards: a copy of a copy points at the original.
 */
public final class NearDuplicates {
    private final MinHasher hasher;
    private final double titleThreshold;
    private final double bodyThreshold;

    /** A confirmed near-duplicate: the group's original and the body similarity to it. */
    public record Match(String originalId, double similarity) {
    }

    public NearDuplicates(NearDuplicateConfig config) {
        this.hasher = config.hasher();
        this.titleThreshold = config.titleThreshold();
        this.bodyThreshold = config.bodyThreshold();
    }

    /**
     * Looks the article up, remembers it (pointing at its group's original) and returns the match, if any. An id
     * already in the index (a replayed article) gets the answer it had the first time.
     */
    public Optional<Match> check(String id, String title, String body, FingerprintIndex index) {
        return check(hasher.fingerprint(id, title, body), index);
    }

    /**
     * The same for an article whose fingerprint was worked out before (in the parallel stage of enrich); null, or one
     * of another article or with another number of slots (the bands or rows changed while it was in flight), is
     * worked out here.
     */
    public Optional<Match> check(EnrichedArticle article, Fingerprint carried, FingerprintIndex index) {
        boolean usable = carried != null && carried.id().equals(article.id())
                && carried.signature().length == hasher.slots();
        return check(usable ? carried : hasher.fingerprint(article.id(), article.title(), article.body()), index);
    }

    private Optional<Match> check(Fingerprint fingerprint, FingerprintIndex index) {
        String id = fingerprint.id();
        Optional<Fingerprint> known = index.fingerprint(id);
        if (known.isPresent()) {
            return known.filter(seen -> !seen.originalId().equals(id))
                    .flatMap(seen -> index.fingerprint(seen.originalId())
                            .map(original -> new Match(original.id(), similarity(seen, original))));
        }
        List<String> keys = hasher.keys(fingerprint);
        Optional<Match> match = firstConfirmed(fingerprint, keys, index);
        index.add(match.map(m -> fingerprint.inGroupOf(m.originalId())).orElse(fingerprint), keys);
        return match;
    }

    /**
     * The most similar confirmed candidate's group. Candidates of one group all point at the same original; when an
     * article bridges two groups, it joins the group of the copy it resembles most (ties: the smaller id), so the
     * answer depends only on what the index holds, not on the order keys are visited.
     */
    private Optional<Match> firstConfirmed(Fingerprint fingerprint, List<String> keys, FingerprintIndex index) {
        Fingerprint best = null;
        double bestSimilarity = -1;
        var compared = new HashSet<String>();
        for (String key : keys) {
            for (String id : index.idsUnder(key)) {
                if (!compared.add(id)) {
                    continue;
                }
                Fingerprint candidate = index.fingerprint(id).orElse(null);
                if (candidate == null || MinHasher.titleSimilarity(fingerprint, candidate) < titleThreshold) {
                    continue;
                }
                double body = MinHasher.bodySimilarity(fingerprint, candidate);
                if (body >= bodyThreshold && (body > bestSimilarity
                        || body == bestSimilarity && candidate.id().compareTo(best.id()) < 0)) {
                    best = candidate;
                    bestSimilarity = body;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Fingerprint original = index.fingerprint(best.originalId()).orElse(best);
        return Optional.of(new Match(original.id(), similarity(fingerprint, original)));
    }

    private static double similarity(Fingerprint a, Fingerprint b) {
        return Math.round(MinHasher.bodySimilarity(a, b) * 1000) / 1000.0;
    }
}

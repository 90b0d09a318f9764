package news.enrich.dedup;

import news.events.EnrichedArticle;

/**
 * An article on its way into the one-partition grouping stage with its {@link Fingerprint}, worked out in the
 * parallel stage before it: MinHash depends on the article alone, and on the grouping thread, which every article
 * passes, it was a tenth of the work.
 *
 * @param fingerprint null for a record an earlier version wrote without one: then it is worked out on arrival
 */
public record Fingerprinted(EnrichedArticle article, Fingerprint fingerprint) {
    public static Fingerprinted of(EnrichedArticle article, MinHasher hasher) {
        return new Fingerprinted(article, hasher.fingerprint(article.id(), article.title(), article.body()));
    }
}

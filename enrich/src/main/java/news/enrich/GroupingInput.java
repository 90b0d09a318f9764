package news.enrich;

import java.util.Map;
import news.enrich.dedup.Fingerprint;
import news.enrich.dedup.MinHasher;
import news.enrich.entities.Places;
import news.enrich.stories.StoryGrouper;
import news.events.EnrichedArticle;

/**
 * An article as the one-partition grouping stage receives it, with what depends on the article alone worked out
 * before, in the parallel stage: its MinHash {@link Fingerprint} (near-duplicates) and its story key terms with their
 * weights ({@link StoryGrouper#keysOf}). On the grouping thread, which every article passes, they were a fifth of
 * the work.
 *
 * @param fingerprint null when not carried (a record of an earlier version): then worked out on arrival
 * @param storyKeys   in the order the story step adds them up (it sums in that order); null when not carried
 */
public record GroupingInput(EnrichedArticle article, Fingerprint fingerprint, Map<String, Double> storyKeys) {
    public static GroupingInput of(EnrichedArticle article, MinHasher hasher, Places places) {
        return new GroupingInput(article, hasher.fingerprint(article.id(), article.title(), article.body()),
                StoryGrouper.keysOf(article, places));
    }

    /** The same with the article as a step changed it (marked as a near-duplicate). */
    public GroupingInput with(EnrichedArticle changed) {
        return new GroupingInput(changed, fingerprint, storyKeys);
    }
}

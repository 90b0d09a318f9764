package news.measure.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import news.enrich.entities.EntityExtractor;
import news.enrich.entities.Places;
import news.enrich.stories.MapStoryMemory;
import news.enrich.stories.StoryConfig;
import news.enrich.stories.StoryGrouper;
import news.events.EnrichedArticle;
import news.events.Source;

/**
 * Groups headlines into stories with the topology's own {@link StoryGrouper} over a {@link MapStoryMemory}, in the
 * given (time) order, and scores the grouping against the gold stories with {@link BCubed}. Each headline becomes an
 * article with the headline as title, an empty body, {@code ingestedAt} = its timestamp and the entities the
 * extractor finds in the headline. One scored pass, then timed passes (each with fresh memory) whose median speed
 * is reported.
 */
public final class StoryEval {
    private final int timedPasses;

    public StoryEval(int timedPasses) {
        if (timedPasses < 0) {
            throw new IllegalArgumentException("timed passes must be >= 0, not " + timedPasses);
        }
        this.timedPasses = timedPasses;
    }

    /**
     * @param storyIds           the story each headline was put in, in the input order
     * @param headlinesPerSecond median over the timed passes (the scored pass when there are none), entity
     *                           extraction (if any) included
     */
    public record Result(List<Headline> headlines, List<String> storyIds, BCubed scores, int clusters,
                         int goldStories, double headlinesPerSecond, double threshold) {
        public Result {
            headlines = List.copyOf(headlines);
            storyIds = List.copyOf(storyIds);
        }
    }

    public Result run(List<Headline> headlines, StoryConfig config, EntityExtractor extractor, String sourceName) {
        long start = System.nanoTime();
        List<String> storyIds = group(headlines, config, extractor, sourceName);
        double[] speeds = new double[Math.max(1, timedPasses)];
        speeds[0] = headlines.size() / ((System.nanoTime() - start) / 1e9);
        for (int pass = 0; pass < timedPasses; pass++) {
            long passStart = System.nanoTime();
            group(headlines, config, extractor, sourceName);
            speeds[pass] = headlines.size() / ((System.nanoTime() - passStart) / 1e9);
        }
        Arrays.sort(speeds);
        List<String> gold = headlines.stream().map(Headline::story).toList();
        return new Result(headlines, storyIds, BCubed.score(storyIds, gold), new HashSet<>(storyIds).size(),
                new HashSet<>(gold).size(), speeds[speeds.length / 2], config.threshold());
    }

    private static List<String> group(List<Headline> headlines, StoryConfig config, EntityExtractor extractor,
                                      String sourceName) {
        var grouper = new StoryGrouper(config, new MapStoryMemory(), Places.builtIn());
        var storyIds = new ArrayList<String>(headlines.size());
        for (Headline headline : headlines) {
            storyIds.add(grouper.assign(article(headline, extractor, sourceName)).article().storyId());
        }
        return storyIds;
    }

    /** The article a headline stands for; its id is the row's, as identical headlines are separate rows. */
    static EnrichedArticle article(Headline headline, EntityExtractor extractor, String sourceName) {
        Instant at = Instant.ofEpochMilli(headline.timestamp());
        var source = new Source(sourceName, headline.hostname(), "", "text/csv", 0, headline.line());
        return new EnrichedArticle("row-" + headline.id(), headline.title(), "headline", "", null,
                headline.publisher(), "en", null, "csv", source, at, null, null, "row-" + headline.id(),
                extractor.extract(headline.title(), "", null), List.of(), at);
    }
}

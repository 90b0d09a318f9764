package news.enrich;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import news.enrich.entities.EntityExtractor;
import news.enrich.topics.TopicScorer;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.RawArticle;

/**
 * Turns a raw article into an enriched one: its entities, then its topics (which may use the entities). Pure apart
 * from the clock, and thread-safe. Its story is its own until the grouping stage decides (see {@code AssignStories}).
 */
public final class ArticleEnricher {
    private final EntityExtractor entities;
    private final TopicScorer topics;
    private final Clock clock;

    public ArticleEnricher(EntityExtractor entities, TopicScorer topics, Clock clock) {
        this.entities = entities;
        this.topics = topics;
        this.clock = clock;
    }

    public EnrichedArticle enrich(RawArticle article) {
        List<Entity> found = entities.extract(article.title(), article.body(), article.published());
        return EnrichedArticle.of(article, null, null, article.id(), found,
                topics.score(article.title(), article.body(), found),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}

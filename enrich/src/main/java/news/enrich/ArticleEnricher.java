package news.enrich;

import java.time.Clock;
import java.util.List;
import news.events.EnrichedArticle;
import news.events.RawArticle;

/**
 * Turns a raw article into an enriched one. Pure apart from the clock, and thread-safe. For now every article
 * starts its own story and carries no entities or topics; the entity, topic and story steps fill these in.
 */
public final class ArticleEnricher {
    private final Clock clock;

    public ArticleEnricher(Clock clock) {
        this.clock = clock;
    }

    public EnrichedArticle enrich(RawArticle article) {
        return EnrichedArticle.of(article, null, null, article.id(), List.of(), List.of(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
}

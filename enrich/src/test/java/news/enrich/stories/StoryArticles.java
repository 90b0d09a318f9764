package news.enrich.stories;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import news.events.ArticleIdentity;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.Mention;
import news.events.Source;

/** Small enriched articles for the story tests. */
final class StoryArticles {
    static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");

    private StoryArticles() {
    }

    static EnrichedArticle article(String id, String title, String body, Instant at, Entity... entities) {
        return new EnrichedArticle(id, title, "headline", body, null, null, "en", null, "txt",
                new Source("/inbox/" + id + ".txt", id + ".txt", "0".repeat(64), "text/plain", 1, null), at, null,
                null, id, Arrays.asList(entities), List.of(), at);
    }

    static EnrichedArticle duplicateOf(EnrichedArticle article, String original, double similarity) {
        return new EnrichedArticle(article.id(), article.title(), article.titleSource(), article.body(),
                article.published(), article.byline(), article.language(), article.url(), article.format(),
                article.source(), article.ingestedAt(), original, similarity, article.storyId(), article.entities(),
                article.topics(), article.enrichedAt());
    }

    static Entity entity(String type, String name, double salience) {
        return new Entity(ArticleIdentity.entityId(type, name), type, name, List.of(new Mention(name, 0, name.length())),
                1, salience, null);
    }
}

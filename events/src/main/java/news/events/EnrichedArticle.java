package news.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article after enrichment, as written to {@code news.articles.enriched} and {@code news.articles}, keyed by id.
 * Carries every field of {@link RawArticle} plus what enrich decided.
 *
 * @param duplicateOf the id of the first article this one is a near-duplicate of, or null
 * @param similarity  similarity to {@link #duplicateOf()} in 0..1, or null
 * @param storyId     the id of the story's first article
 */
public record EnrichedArticle(
        String id,
        String title,
        String titleSource,
        String body,
        Instant published,
        String byline,
        String language,
        String url,
        String format,
        Source source,
        Instant ingestedAt,
        String duplicateOf,
        Double similarity,
        String storyId,
        List<Entity> entities,
        List<TopicScore> topics,
        Instant enrichedAt) {

    public EnrichedArticle {
        RawArticle.requireText(id, "id");
        RawArticle.requireText(storyId, "storyId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The raw article with enrich's decisions added. */
    public static EnrichedArticle of(RawArticle raw, String duplicateOf, Double similarity, String storyId,
                                     List<Entity> entities, List<TopicScore> topics, Instant enrichedAt) {
        return new EnrichedArticle(raw.id(), raw.title(), raw.titleSource(), raw.body(), raw.published(),
                raw.byline(), raw.language(), raw.url(), raw.format(), raw.source(), raw.ingestedAt(),
                duplicateOf, similarity, storyId, entities, topics, enrichedAt);
    }

    /** This article marked as a near-duplicate of the first article of its group. */
    public EnrichedArticle asDuplicateOf(String originalId, double similarityToOriginal) {
        return new EnrichedArticle(id, title, titleSource, body, published, byline, language, url, format, source,
                ingestedAt, originalId, similarityToOriginal, storyId, entities, topics, enrichedAt);
    }

    /** This article placed in a story, its entities named as the story names them. */
    public EnrichedArticle inStory(String story, List<Entity> storyEntities) {
        return new EnrichedArticle(id, title, titleSource, body, published, byline, language, url, format, source,
                ingestedAt, duplicateOf, similarity, story, storyEntities, topics, enrichedAt);
    }
}

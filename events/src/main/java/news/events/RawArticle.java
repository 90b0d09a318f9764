package news.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One parsed article as ingest publishes it to {@code news.articles.raw}, keyed by {@link #id()}.
 *
 * @param id          {@link ArticleIdentity#articleId(String, String)} of title and body
 * @param titleSource {@code headline} when the file has one, {@code derived} when built from the first sentence
 * @param published   publication time found in the file, or null
 * @param format      {@code txt}, {@code html}, {@code json}, {@code rss} or {@code atom}
 * @param ingestedAt  when ingest read the file; also the record timestamp
 */
public record RawArticle(
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
        Instant ingestedAt) {

    public RawArticle {
        requireText(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}

package news.ingest.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import news.ingest.parse.HtmlText;
import news.ingest.parse.PublicationDates;

/**
 * Reads the simple JSON form {@code {"title", "body", "published", "url", "byline", "language", "source"}}: every
 * field optional but one of title and body. The body may be plain text (paragraphs kept) or HTML; {@code published}
 * is ISO 8601, a date alone meaning midnight UTC. {@code source} (the publisher's name) has no place in
 * {@code RawArticle} yet and is not read.
 */
final class SimpleArticle {
    private static final List<String> TEXT_FIELDS = List.of("title", "body", "published", "url", "byline",
            "language", "source");

    private SimpleArticle() {
    }

    static boolean looksLike(JsonNode node) {
        return node.isObject() && (node.has("title") || node.has("body"));
    }

    static JsonArticle read(JsonNode article) throws NotAnArticle {
        for (String field : TEXT_FIELDS) {
            JsonNode value = article.get(field);
            if (value != null && !value.isTextual() && !value.isNull()) {
                throw new NotAnArticle("'" + field + "' is " + Json.describe(value) + ", not a string");
            }
        }
        String url = Json.text(article, "url");
        return new JsonArticle(HtmlText.inline(Json.text(article, "title")), HtmlText.text(Json.text(article, "body")),
                PublicationDates.iso8601(Json.text(article, "published")).orElse(null),
                Json.text(article, "byline"), Json.text(article, "language"), url == null ? null : url.strip());
    }
}

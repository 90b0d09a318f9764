package news.ingest.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import news.ingest.parse.HtmlText;
import news.ingest.parse.PublicationDates;

/**
 * Reads an IPTC ninjs 2.x news item (schemas 2.0 to 2.2), and the ninjs 1.x fields that providers still send.
 * <ul>
 *   <li>title: the {@code headlines[]} entry with role {@code main}, else the first; 1.x {@code headline}. The 2.x
 *       {@code title} is not used: the schema calls it metadata, "use headlines for publishable headlines".</li>
 *   <li>body: from {@code bodies[]}, an HTML rendition first (it keeps paragraph breaks that plain renditions often
 *       flatten), then {@code text/plain} or an untyped one; 1.x {@code body_html}/{@code body_xhtml}/{@code
 *       body_text}; with no body, the {@code descriptions[]} (a summary is better than nothing).</li>
 *   <li>published: {@code versioncreated}, else {@code firstcreated}; byline {@code by}; {@code language}; url:
 *       the {@code uri} when it is a web address (the schema says it identifies the item, and it is often a URN).</li>
 * </ul>
 * Items not for publication ({@code pubstatus} withheld or canceled) and items of a media type without text
 * (a picture, a video) are refused.
 */
final class NinjsArticle {
    /** Fields only a ninjs item has; with a {@code uri} they tell ninjs from the simple form. */
    static final Set<String> MARKERS = Set.of("type", "headlines", "bodies", "descriptions", "versioncreated",
            "firstcreated", "contentcreated", "pubstatus", "profile", "standard", "renditions", "associations",
            "headline", "body_text", "body_html", "body_xhtml", "description_text");
    private static final Set<String> TEXT_TYPES = Set.of("text", "composite");
    private static final Set<String> NOT_FOR_PUBLICATION = Set.of("withheld", "canceled", "cancelled");

    private NinjsArticle() {
    }

    static boolean looksLike(JsonNode node) {
        return node.isObject() && node.path("uri").isTextual() && MARKERS.stream().anyMatch(node::has);
    }

    static JsonArticle read(JsonNode item) throws NotAnArticle {
        String status = Json.text(item, "pubstatus");
        if (status != null && NOT_FOR_PUBLICATION.contains(status.toLowerCase(Locale.ROOT))) {
            throw new NotAnArticle("ninjs pubstatus '" + status + "': not for publication");
        }
        String type = Json.text(item, "type");
        if (type != null && !TEXT_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw new NotAnArticle("ninjs type '" + type + "' carries no article text");
        }
        Instant published = Stream.of("versioncreated", "firstcreated")
                .map(field -> Json.text(item, field))
                .map(PublicationDates::iso8601)
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
        String uri = Json.text(item, "uri");
        return new JsonArticle(title(item), body(item), published, Json.text(item, "by"),
                Json.text(item, "language"), Json.isWebAddress(uri) ? uri.strip() : null);
    }

    private static String title(JsonNode item) {
        List<JsonNode> headlines = withValue(item.path("headlines"));
        Optional<JsonNode> main = headlines.stream()
                .filter(h -> "main".equalsIgnoreCase(Json.text(h, "role"))).findFirst()
                .or(() -> headlines.stream().findFirst());
        if (main.isPresent()) {
            String value = Json.text(main.get(), "value");
            return isHtml(Json.text(main.get(), "contenttype")) ? HtmlText.inline(value) : HtmlText.oneLine(value);
        }
        return HtmlText.oneLine(Json.text(item, "headline"));
    }

    private static String body(JsonNode item) {
        return rendition(withValue(item.path("bodies")))
                .or(() -> Optional.ofNullable(Json.text(item, "body_html")).map(HtmlText::fromHtml))
                .or(() -> Optional.ofNullable(Json.text(item, "body_xhtml")).map(HtmlText::fromHtml))
                .or(() -> Optional.ofNullable(Json.text(item, "body_text")).map(HtmlText::plain))
                .filter(text -> !text.isBlank())
                .or(() -> rendition(withValue(item.path("descriptions"))))
                .or(() -> Optional.ofNullable(Json.text(item, "description_text")).map(HtmlText::plain))
                .orElse("");
    }

    /** The text of the best rendition: HTML first, then plain or untyped; other media types are not text. */
    private static Optional<String> rendition(List<JsonNode> renditions) {
        Optional<String> html = renditions.stream()
                .filter(r -> isHtml(Json.text(r, "contenttype")))
                .map(r -> HtmlText.fromHtml(Json.text(r, "value")))
                .filter(text -> !text.isBlank())
                .findFirst();
        if (html.isPresent()) {
            return html;
        }
        return renditions.stream()
                .filter(r -> isPlain(Json.text(r, "contenttype")))
                .map(r -> Json.text(r, "contenttype") == null ? HtmlText.text(Json.text(r, "value"))
                        : HtmlText.plain(Json.text(r, "value")))
                .filter(text -> !text.isBlank())
                .findFirst();
    }

    /** The objects of an array that have a string {@code value}, as ninjs requires of headlines and bodies. */
    private static List<JsonNode> withValue(JsonNode array) {
        if (!array.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.isObject() && node.path("value").isTextual())
                .toList();
    }

    /** {@code text/html}, {@code application/xhtml+xml}, and the {@code body_xhtml} some providers write. */
    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    private static boolean isPlain(String contentType) {
        return contentType == null || contentType.isBlank()
                || contentType.strip().toLowerCase(Locale.ROOT).startsWith("text/plain");
    }
}

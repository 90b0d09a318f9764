package news.ingest.parse.feed;

import static news.ingest.parse.feed.Namespaces.ATOM;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import news.ingest.parse.HtmlText;
import news.ingest.parse.PublicationDates;

/**
 * Reads Atom 1.0 entries (RFC 4287). Text constructs ({@code title}, {@code summary}, {@code content}) are read by
 * their {@code type}: {@code text} as plain text, {@code html} as escaped HTML, {@code xhtml} as inline markup.
 * Language is the {@code xml:lang} in force at the text used; authors missing from an entry are the feed's, as
 * the RFC says.
 */
final class AtomEntries {
    private final List<String> feedAuthors;

    /** @param feed the feed element, or null for an Atom entry document */
    AtomEntries(XmlElement feed) {
        this.feedAuthors = feed == null ? List.of() : authors(feed);
    }

    FeedItem read(XmlElement entry) {
        Optional<XmlElement> content = entry.child(ATOM, "content").filter(c -> c.attribute("src") == null);
        Optional<XmlElement> summary = entry.child(ATOM, "summary");
        String body = content.map(AtomEntries::blockText).filter(t -> !t.isBlank())
                .or(() -> summary.map(AtomEntries::blockText).filter(t -> !t.isBlank()))
                .orElse("");
        String language = Stream.of(content, summary).flatMap(Optional::stream)
                .map(XmlElement::lang).filter(Objects::nonNull).findFirst().orElse(entry.lang());
        String title = entry.child(ATOM, "title").map(AtomEntries::lineText).orElse("");
        return new FeedItem(title, body, published(entry), byline(entry), language, alternateLink(entry));
    }

    /**
     * The {@code link} to the entry's web page: {@code rel="alternate"} (or no {@code rel}), an HTML one first,
     * resolved against {@code xml:base}. Also used for {@code atom:link} inside RSS items.
     */
    static String alternateLink(XmlElement element) {
        return element.children(ATOM, "link").stream()
                .filter(link -> link.attribute("href") != null && !link.attribute("href").isBlank())
                .filter(link -> link.attribute("rel") == null || link.attribute("rel").strip().equals("alternate"))
                .min(Comparator.comparing(link -> !isHtml(link.attribute("type"))))
                .map(link -> SafeXml.resolve(link.base(), link.attribute("href").strip()))
                .orElse(null);
    }

    private static boolean isHtml(String type) {
        return type == null || type.contains("html");
    }

    /** {@code published}, else {@code updated}: RFC 3339 as the RFC requires, RFC 822 for feeds that ignore it. */
    private static Instant published(XmlElement entry) {
        return Stream.of(entry.childText(ATOM, "published"), entry.childText(ATOM, "updated"))
                .filter(Objects::nonNull)
                .map(date -> PublicationDates.iso8601(date).or(() -> PublicationDates.rfc822(date)))
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private String byline(XmlElement entry) {
        List<String> names = authors(entry);
        if (names.isEmpty()) {
            names = entry.child(ATOM, "source").map(AtomEntries::authors).orElse(List.of());
        }
        if (names.isEmpty()) {
            names = feedAuthors;
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static List<String> authors(XmlElement element) {
        return element.children(ATOM, "author").stream()
                .map(author -> author.childText(ATOM, "name"))
                .filter(Objects::nonNull)
                .map(HtmlText::inline)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
    }

    /** A text construct as paragraphs; empty when its type is not text (an image, base64 data). */
    private static String blockText(XmlElement construct) {
        String type = type(construct);
        return switch (type) {
            case "text" -> HtmlText.plain(construct.text());
            case "html", "text/html" -> HtmlText.fromHtml(construct.text());
            case "xhtml", "application/xhtml+xml" -> HtmlText.fromHtml(construct.innerMarkup());
            default -> type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("/xml")
                    ? HtmlText.plain(construct.text()) : "";
        };
    }

    /** A text construct as one line, for titles. */
    private static String lineText(XmlElement construct) {
        return switch (type(construct)) {
            case "html", "text/html" -> HtmlText.inline(construct.text());
            case "xhtml", "application/xhtml+xml" -> HtmlText.inline(construct.innerMarkup());
            default -> HtmlText.oneLine(construct.text());
        };
    }

    private static String type(XmlElement construct) {
        String type = construct.attribute("type");
        return type == null || type.isBlank() ? "text" : type.strip().toLowerCase(Locale.ROOT);
    }
}

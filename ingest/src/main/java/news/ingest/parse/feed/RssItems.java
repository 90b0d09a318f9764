package news.ingest.parse.feed;

import static news.ingest.parse.feed.Namespaces.CONTENT;
import static news.ingest.parse.feed.Namespaces.DUBLIN_CORE;
import static news.ingest.parse.feed.Namespaces.RDF;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.ingest.parse.HtmlText;
import news.ingest.parse.PublicationDates;

/**
 * Reads the items of an RSS 2.0 channel (elements in no namespace) or of an RSS 1.0 / RDF document (elements in the
 * RSS 1.0 namespace), with the common extensions: {@code content:encoded}, Dublin Core and {@code atom:link}.
 */
final class RssItems {
    /** {@code jo@example.com (Jo Bloggs)}: the RSS 2.0 form of {@code author}. */
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    /** {@code Jo Bloggs <jo@example.com>}: the form mail programs write. */
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("(.+?)\\s*<\\S+@\\S+>");

    private final String ns;
    private final String channelLanguage;

    /**
     * @param ns      the namespace of the RSS elements: none for RSS 2.0, {@link Namespaces#RSS_1} for RSS 1.0
     * @param channel the channel element, for the language it declares; null when absent
     */
    RssItems(String ns, XmlElement channel) {
        this.ns = ns;
        this.channelLanguage = channel == null ? null : firstNonNull(channel.childText(ns, "language"),
                channel.childText(DUBLIN_CORE, "language"), channel.lang());
    }

    FeedItem read(XmlElement item) {
        return new FeedItem(HtmlText.inline(item.childText(ns, "title")), body(item), published(item), byline(item),
                firstNonNull(item.childText(DUBLIN_CORE, "language"), channelLanguage, item.lang()), url(item));
    }

    /** The full text when the feed carries it ({@code content:encoded}), else the description. */
    private String body(XmlElement item) {
        return Stream.of(item.child(CONTENT, "encoded"), item.child(ns, "description"))
                .flatMap(Optional::stream)
                .map(element -> HtmlText.text(element.innerMarkup()))
                .filter(text -> !text.isBlank())
                .findFirst().orElse("");
    }

    private Instant published(XmlElement item) {
        return Stream.of(item.childText(ns, "pubDate"), item.childText(DUBLIN_CORE, "date"))
                .filter(Objects::nonNull)
                .map(PublicationDates::parse)
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private String byline(XmlElement item) {
        List<String> creators = item.children(DUBLIN_CORE, "creator").stream()
                .map(c -> HtmlText.inline(c.text())).filter(c -> !c.isEmpty()).distinct().toList();
        if (!creators.isEmpty()) {
            return String.join(", ", creators);
        }
        String author = item.childText(ns, "author");
        return author == null ? null : authorName(HtmlText.inline(author));
    }

    private static String authorName(String author) {
        Matcher emailFirst = EMAIL_THEN_NAME.matcher(author);
        if (emailFirst.matches()) {
            return emailFirst.group(1).strip();
        }
        Matcher nameFirst = NAME_THEN_EMAIL.matcher(author);
        return nameFirst.matches() ? nameFirst.group(1).strip() : author;
    }

    /** {@code link}, else a {@code guid} that is a permalink, else {@code atom:link}, else the RDF {@code about}. */
    private String url(XmlElement item) {
        String link = item.childText(ns, "link");
        if (link != null) {
            return SafeXml.resolve(item.base(), link);
        }
        String permalink = item.child(ns, "guid")
                .filter(guid -> !"false".equalsIgnoreCase(String.valueOf(guid.attribute("isPermaLink")).strip()))
                .map(guid -> guid.text().strip())
                .filter(RssItems::isWebAddress)
                .orElse(null);
        if (permalink != null) {
            return permalink;
        }
        String atomLink = AtomEntries.alternateLink(item);
        if (atomLink != null) {
            return atomLink;
        }
        String about = item.attribute("{" + RDF + "}about");
        return isWebAddress(about) ? about.strip() : null;
    }

    private static boolean isWebAddress(String text) {
        return text != null && (text.strip().startsWith("http://") || text.strip().startsWith("https://"));
    }

    private static String firstNonNull(String... values) {
        return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
    }
}

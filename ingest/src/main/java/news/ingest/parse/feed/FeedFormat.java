package news.ingest.parse.feed;

import static news.ingest.parse.feed.Namespaces.ATOM;
import static news.ingest.parse.feed.Namespaces.NONE;
import static news.ingest.parse.feed.Namespaces.RDF;
import static news.ingest.parse.feed.Namespaces.RSS_1;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.ingest.parse.ArticleDraft;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.FormatParser;
import news.ingest.parse.FormatResult;
import news.ingest.parse.DerivedTitle;

/**
 * RSS and Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}): every item or entry becomes one article, with
 * its index in the feed as {@code feedItem}. The format follows the document, not the file name: RSS 2.0 (and RSS
 * 1.0/RDF) is {@code rss}, Atom 1.0 (a feed or a single entry document) is {@code atom}; any other XML is refused.
 *
 * <p>An item with neither a title nor text is reported and left out; the others are still published. Items past
 * {@code maxItems} are left out and counted in one problem line, so one huge feed cannot flood the topic. An item
 * without a title gets one derived from its text, as plain-text files do.
 *
 * <p>The XML is untrusted: {@link SafeXml} reads it without DTDs or external entities.
 */
public final class FeedFormat implements FormatParser {
    /** Items read from one feed file unless configured otherwise: far more than any news feed carries. */
    public static final int DEFAULT_MAX_ITEMS = 1000;
    static final String RSS_TYPE = "application/rss+xml";
    static final String ATOM_TYPE = "application/atom+xml";

    private final int maxItems;

    public FeedFormat() {
        this(DEFAULT_MAX_ITEMS);
    }

    /** @param maxItems the most items read from one feed; those after it are left out and reported */
    public FeedFormat(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
        }
        this.maxItems = maxItems;
    }

    @Override
    public FormatResult parse(ArticleFile file) {
        XmlElement root;
        try {
            root = SafeXml.parse(file.bytes());
        } catch (SafeXml.Unreadable e) {
            return new FormatResult.Unreadable(e.getMessage());
        }
        if (root.is(NONE, "rss")) {
            XmlElement channel = root.child(NONE, "channel").orElse(null);
            if (channel == null) {
                return new FormatResult.Unreadable("RSS feed without a <channel> element");
            }
            var rss = new RssItems(NONE, channel);
            return items("rss", RSS_TYPE, channel.children(NONE, "item"), rss::read, true);
        }
        if (root.is(RDF, "RDF")) {
            XmlElement channel = root.child(RSS_1, "channel").orElse(null);
            var rss = new RssItems(RSS_1, channel);
            return items("rss", RSS_TYPE, root.children(RSS_1, "item"), rss::read, true);
        }
        if (root.is(ATOM, "feed")) {
            var atom = new AtomEntries(root);
            return items("atom", ATOM_TYPE, root.children(ATOM, "entry"), atom::read, true);
        }
        if (root.is(ATOM, "entry")) {
            var atom = new AtomEntries(null);
            return items("atom", ATOM_TYPE, List.of(root), atom::read, false);
        }
        return new FormatResult.Unreadable("not an RSS or Atom feed: root element " + root);
    }

    /**
     * @param inFeed true for the items of a feed, numbered from 0; false for a single-entry document
     */
    private FormatResult items(String format, String contentType, List<XmlElement> items,
                               Function<XmlElement, FeedItem> reader, boolean inFeed) {
        if (items.isEmpty()) {
            return new FormatResult.Unreadable("the " + (format.equals("rss") ? "RSS" : "Atom")
                    + " feed holds no " + (format.equals("rss") ? "items" : "entries"));
        }
        var drafts = new ArrayList<ArticleDraft>();
        var problems = new ArrayList<String>();
        int read = Math.min(items.size(), maxItems);
        for (int index = 0; index < read; index++) {
            FeedItem item = reader.apply(items.get(index));
            Integer feedItem = inFeed ? index : null;
            if (item.title().isBlank() && item.body().isBlank()) {
                problems.add((inFeed ? "item " + index : "entry") + ": no title or text");
            } else {
                drafts.add(draft(item, feedItem));
            }
        }
        if (items.size() > read) {
            problems.add((items.size() - read) + " items left out: the feed has " + items.size()
                    + ", more than the limit of " + maxItems);
        }
        return new FormatResult.Found(format, contentType, drafts, problems);
    }

    private static ArticleDraft draft(FeedItem item, Integer feedItem) {
        boolean headline = !item.title().isBlank();
        String title = headline ? item.title() : DerivedTitle.from(item.body());
        return new ArticleDraft(title, headline ? ArticleDraft.HEADLINE : ArticleDraft.DERIVED, item.body(),
                item.published(), item.byline(), item.language(), item.url(), feedItem);
    }
}

package news.ingest.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import news.events.ArticleIdentity;
import news.events.RawArticle;
import news.events.Source;
import news.ingest.parse.text.TextFormat;
import news.ingest.parse.text.TextRules;
import news.ingest.parse.feed.FeedFormat;
import news.ingest.parse.json.JsonFormat;
import news.ingest.parse.html.HtmlFormat;

/**
 * Parses one inbox file into articles. Pure: bytes in, {@link ParseResult} out, nothing thrown for bad input.
 * Chooses the format by file extension, then gives every article its content id, its provenance and clean text
 * (Unicode NFC, control characters dropped).
 */
public final class ArticleFileParser {
    /** Control characters other than tab and newline: never text, sometimes left by broken converters. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\u200B\\uFEFF]");

    private static final Set<String> FALLBACK_FORMATS = Set.of("txt", "json");

    private final Map<String, FormatParser> byExtension;
    private final LanguageGuesser languages;

    /** The most items taken from one feed file or JSON array when not configured. */
    public static final int DEFAULT_MAX_FEED_ITEMS = 1000;

    /** A parser with the built-in text rules and language candidates. */
    public ArticleFileParser() {
        this(TextRules.builtIn(), DEFAULT_MAX_FEED_ITEMS, LanguageGuesser.defaults());
    }

    /**
     * @param maxFeedItems items of one feed or JSON array beyond this are left out and reported
     */
    public ArticleFileParser(TextRules textRules, int maxFeedItems, LanguageGuesser languages) {
        this.languages = languages;
        var parsers = new TreeMap<String, FormatParser>();
        var text = new TextFormat(textRules);
        parsers.put("txt", text);
        parsers.put("text", text);
        parsers.put("json", new JsonFormat(maxFeedItems));
        var feed = new FeedFormat(maxFeedItems);
        parsers.put("xml", feed);
        parsers.put("rss", feed);
        parsers.put("atom", feed);
        parsers.put("html", new HtmlFormat());
        parsers.put("htm", parsers.get("html"));
        this.byExtension = Map.copyOf(parsers);
    }

    public ParseResult parse(ArticleFile file) {
        FormatParser parser = byExtension.get(file.extension());
        if (parser == null) {
            return ParseResult.rejected("unsupported file type '" + file.extension() + "' (supported: "
                    + String.join(", ", new TreeMap<>(byExtension).keySet()) + ")");
        }
        if (file.bytes().length == 0) {
            return ParseResult.rejected("empty file");
        }
        FormatResult result = parser.parse(file);
        if (result instanceof FormatResult.Unreadable unreadable) {
            return ParseResult.rejected(unreadable.reason());
        }
        var found = (FormatResult.Found) result;
        String sha256 = ArticleIdentity.sha256Hex(file.bytes());
        var articles = new ArrayList<RawArticle>();
        var problems = new ArrayList<>(found.itemProblems());
        for (ArticleDraft draft : found.articles()) {
            String title = clean(draft.title());
            String body = clean(draft.body());
            if (title.isBlank() && body.isBlank()) {
                problems.add(describe(draft) + ": no text");
                continue;
            }
            var source = new Source(file.path(), file.name(), sha256, found.contentType(), file.bytes().length,
                    draft.feedItem());
            articles.add(new RawArticle(ArticleIdentity.articleId(title, body), title, draft.titleSource(), body,
                    draft.published(), blankToNull(clean(draft.byline())), language(draft.language(), title, body),
                    blankToNull(clean(draft.url())),
                    found.format(), source, file.readAt()));
        }
        if (articles.isEmpty()) {
            return ParseResult.rejected(problems.isEmpty() ? "no article text found"
                    : "no usable article: " + String.join("; ", problems));
        }
        // Plain text and JSON have no way to declare a charset: bytes that are not UTF-8 were read as Windows-1252.
        List<String> warnings = FALLBACK_FORMATS.contains(found.format()) && !TextDecoder.isUtf8(file.bytes())
                ? List.of("not valid UTF-8: read as Windows-1252") : List.of();
        return new ParseResult.Parsed(articles, problems, warnings);
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Most texts hold no control character: look before paying for a replacement.
        return (hasControl(nfc) ? CONTROL.matcher(nfc).replaceAll("") : nfc).strip();
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\u200B' || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /** The language the document declares, else the one detected in its text. */
    private String language(String declared, String title, String body) {
        String tag = languageTag(declared);
        return tag != null ? tag : languages.guess(title + "\n" + body);
    }

    /** A BCP 47 tag in its canonical case ({@code en-us} and {@code en_US} become {@code en-US}), or null. */
    static String languageTag(String language) {
        String tag = clean(language).replace('_', '-');
        if (tag.isEmpty()) {
            return null;
        }
        try {
            String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
            return canonical.equals("und") ? null : canonical;
        } catch (IllformedLocaleException e) {
            return tag;
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static String describe(ArticleDraft draft) {
        return draft.feedItem() == null ? "article" : "item " + draft.feedItem();
    }
}

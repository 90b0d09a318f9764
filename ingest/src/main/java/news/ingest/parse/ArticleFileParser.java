package news.ingest.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import news.events.ArticleIdentity;
import news.events.RawArticle;
import news.events.Source;
import news.ingest.parse.html.HtmlFormat;

/**
 * Parses one inbox file into articles. Pure: bytes in, {@link ParseResult} out, nothing thrown for bad input.
 * Chooses the format by file extension, then gives every article its content id, its provenance and clean text
 * (Unicode NFC, control characters dropped).
 */
public final class ArticleFileParser {
    /** Control characters other than tab and newline: never text, sometimes left by broken converters. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\u200B\\uFEFF]");

    private final Map<String, FormatParser> byExtension;

    public ArticleFileParser() {
        var parsers = new TreeMap<String, FormatParser>();
        var text = new TextFormat();
        parsers.put("txt", text);
        parsers.put("text", text);
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
                    draft.published(), blankToNull(clean(draft.byline())), draft.language(), draft.url(),
                    found.format(), source, file.readAt()));
        }
        if (articles.isEmpty()) {
            return ParseResult.rejected(problems.isEmpty() ? "no article text found"
                    : "no usable article: " + String.join("; ", problems));
        }
        return new ParseResult.Parsed(articles, problems);
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("").strip();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static String describe(ArticleDraft draft) {
        return draft.feedItem() == null ? "article" : "item " + draft.feedItem();
    }
}

package news.ingest.parse.html;

import java.util.List;
import java.util.Optional;
import news.ingest.parse.ArticleDraft;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.FormatParser;
import news.ingest.parse.FormatResult;
import news.ingest.parse.TextDecoder;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Article pages ({@code .html}, {@code .htm}): the main text without navigation, related links, share bars,
 * comments or footers, plus the title, publication time, byline, canonical URL and language the page declares.
 * Decodes the bytes by byte-order mark, then the declared {@code <meta charset>}, then UTF-8, then Windows-1252.
 * Never throws for malformed HTML; a page without article text is {@link FormatResult.Unreadable}. Thread-safe.
 */
public final class HtmlFormat implements FormatParser {
    static final String NO_TEXT = "no article text found in the HTML";

    private final ContentExtractor extractor;

    public HtmlFormat() {
        this.extractor = new ContentExtractor(BoilerplateRules.load());
    }

    @Override
    public FormatResult parse(ArticleFile file) {
        Optional<String> html = TextDecoder.decode(file.bytes(), DeclaredCharset.of(file.bytes()));
        if (html.isEmpty()) {
            return new FormatResult.Unreadable("binary content: not an HTML file");
        }
        Document document = Parser.htmlParser().parseInput(html.get(), "");
        PageMetadata metadata = MetadataReader.read(document, JsonLd.of(document));
        List<String> paragraphs = document.body() == null ? List.of()
                : extractor.extract(document.body(), metadata.title());
        if (paragraphs.stream().noneMatch(HtmlFormat::hasWords)) {
            return new FormatResult.Unreadable(NO_TEXT);
        }
        String body = String.join("\n\n", paragraphs);
        String title = metadata.title() == null ? "" : metadata.title();
        var draft = new ArticleDraft(title, ArticleDraft.HEADLINE, body, metadata.published(), metadata.byline(),
                metadata.language(), metadata.url(), null);
        return new FormatResult.Found("html", "text/html", List.of(draft), List.of());
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}

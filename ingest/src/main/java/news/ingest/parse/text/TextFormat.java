package news.ingest.parse.text;

import java.util.List;
import java.util.Optional;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.FormatParser;
import news.ingest.parse.FormatResult;
import news.ingest.parse.TextDecoder;

/** Plain-text articles ({@code .txt}): headline, date, byline and body, boilerplate removed by {@link TextRules}. */
public final class TextFormat implements FormatParser {
    private final TextArticleParser text;

    public TextFormat(TextRules rules) {
        this.text = new TextArticleParser(rules);
    }

    @Override
    public FormatResult parse(ArticleFile file) {
        Optional<String> decoded = TextDecoder.decode(file.bytes());
        if (decoded.isEmpty()) {
            return new FormatResult.Unreadable("binary content: not a text file");
        }
        if (decoded.get().isBlank()) {
            return new FormatResult.Unreadable("no text: the file holds only whitespace");
        }
        return new FormatResult.Found("txt", "text/plain", List.of(text.parse(decoded.get())), List.of());
    }
}

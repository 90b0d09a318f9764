package news.ingest.parse;

import java.util.List;
import java.util.Optional;

/** Plain-text articles ({@code .txt}): a headline when the file has one, then the body. */
final class TextFormat implements FormatParser {
    private final TextArticleParser text = new TextArticleParser();

    @Override
    public FormatResult parse(ArticleFile file) {
        Optional<String> decoded = TextDecoder.decode(file.bytes());
        if (decoded.isEmpty()) {
            return new FormatResult.Unreadable("binary content: not a text file");
        }
        if (decoded.get().isBlank()) {
            return new FormatResult.Unreadable("no text: the file holds only whitespace");
        }
        TextArticleParser.Parts parts = text.parse(decoded.get());
        var draft = new ArticleDraft(parts.title(), parts.titleSource(), parts.body(), null, null, null, null, null);
        return new FormatResult.Found("txt", "text/plain", List.of(draft), List.of());
    }
}

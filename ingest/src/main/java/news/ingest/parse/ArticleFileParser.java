package news.ingest.parse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.events.ArticleIdentity;
import news.events.RawArticle;
import news.events.Source;

/**
 * Parses one inbox file into articles. Pure: bytes in, {@link ParseResult} out, nothing thrown for bad input.
 * Refuses empty files, binary content and formats it cannot read, each with a reason a person understands.
 */
public final class ArticleFileParser {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");

    private final TextArticleParser text = new TextArticleParser();

    public ParseResult parse(ArticleFile file) {
        if (!TEXT_EXTENSIONS.contains(file.extension())) {
            return ParseResult.rejected("unsupported file type '" + file.extension()
                    + "' (supported: " + String.join(", ", TEXT_EXTENSIONS.stream().sorted().toList()) + ")");
        }
        if (file.bytes().length == 0) {
            return ParseResult.rejected("empty file");
        }
        Optional<String> decoded = TextDecoder.decode(file.bytes());
        if (decoded.isEmpty()) {
            return ParseResult.rejected("binary content: not a text file");
        }
        if (decoded.get().isBlank()) {
            return ParseResult.rejected("no text: the file holds only whitespace");
        }
        TextArticleParser.Parts parts = text.parse(decoded.get());
        if (parts.body().isBlank() && parts.title().isBlank()) {
            return ParseResult.rejected("no article text found");
        }
        var source = new Source(file.path(), file.name(), ArticleIdentity.sha256Hex(file.bytes()), "text/plain",
                file.bytes().length, null);
        var article = new RawArticle(ArticleIdentity.articleId(parts.title(), parts.body()), parts.title(),
                parts.titleSource(), parts.body(), null, null, null, null, "txt", source, file.readAt());
        return new ParseResult.Parsed(List.of(article));
    }
}

package news.ingest.parse;

/** Reads one file format (plain text, HTML, JSON, RSS/Atom). Pure and thread-safe. */
public interface FormatParser {
    FormatResult parse(ArticleFile file);
}

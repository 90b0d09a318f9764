package news.ingest.parse;

import java.util.List;

/** What one format parser made of a file. Errors are data: a parser never throws for bad input. */
public sealed interface FormatResult {

    /**
     * The articles found.
     *
     * @param format       {@code txt}, {@code html}, {@code json}, {@code rss} or {@code atom}
     * @param contentType  the media type read, for example {@code text/html}
     * @param itemProblems one line per feed item that could not be used (the others are still published)
     */
    record Found(String format, String contentType, List<ArticleDraft> articles, List<String> itemProblems)
            implements FormatResult {
        public Found {
            articles = List.copyOf(articles);
            itemProblems = List.copyOf(itemProblems);
        }
    }

    /** The file as a whole cannot be read in this format, for example malformed XML. */
    record Unreadable(String reason) implements FormatResult {
    }
}

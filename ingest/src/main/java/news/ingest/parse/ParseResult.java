package news.ingest.parse;

import java.util.List;
import news.events.RawArticle;

/** What parsing one file gave: articles to publish, or the reason the file is refused. Errors are data here. */
public sealed interface ParseResult {

    /**
     * @param itemProblems feed items that could not be used; the file is still published with the rest
     */
    record Parsed(List<RawArticle> articles, List<String> itemProblems) implements ParseResult {
        public Parsed {
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("a parsed file has at least one article");
            }
            articles = List.copyOf(articles);
            itemProblems = List.copyOf(itemProblems);
        }
    }

    record Rejected(String reason) implements ParseResult {
    }

    static ParseResult rejected(String reason) {
        return new Rejected(reason);
    }
}

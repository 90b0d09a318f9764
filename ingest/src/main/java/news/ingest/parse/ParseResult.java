package news.ingest.parse;

import java.util.List;
import news.events.RawArticle;

/** What parsing one file gave: articles to publish, or the reason the file is refused. Errors are data here. */
public sealed interface ParseResult {

    record Parsed(List<RawArticle> articles) implements ParseResult {
        public Parsed {
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("a parsed file has at least one article");
            }
            articles = List.copyOf(articles);
        }
    }

    record Rejected(String reason) implements ParseResult {
    }

    static ParseResult rejected(String reason) {
        return new Rejected(reason);
    }
}

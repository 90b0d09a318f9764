package news.ingest.parse;

import java.util.List;
import news.events.RawArticle;

/** What parsing one file gave: articles to publish, or the reason the file is refused. Errors are data here. */
public sealed interface ParseResult {

    /**
     * @param itemProblems feed items that could not be used; the file is still published with the rest
     * @param warnings     what a person should know about the file, such as an encoding fallback
     */
    record Parsed(List<RawArticle> articles, List<String> itemProblems, List<String> warnings) implements ParseResult {
        public Parsed {
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("a parsed file has at least one article");
            }
            articles = List.copyOf(articles);
            itemProblems = List.copyOf(itemProblems);
            warnings = List.copyOf(warnings);
        }

        public Parsed(List<RawArticle> articles, List<String> itemProblems) {
            this(articles, itemProblems, List.of());
        }

        /** Item problems and warnings in one line for the file's status, or null when there are none. */
        public String notes() {
            var notes = new java.util.ArrayList<String>();
            if (!itemProblems.isEmpty()) {
                notes.add("items left out: " + String.join("; ", itemProblems));
            }
            notes.addAll(warnings);
            return notes.isEmpty() ? null : String.join("; ", notes);
        }
    }

    record Rejected(String reason) implements ParseResult {
    }

    static ParseResult rejected(String reason) {
        return new Rejected(reason);
    }
}

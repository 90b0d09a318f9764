package news.ingest.parse.json;

/** One JSON value cannot be read as an article; the message says why, for an item problem or the whole file. */
final class NotAnArticle extends Exception {
    NotAnArticle(String reason) {
        super(reason, null, false, false);
    }
}

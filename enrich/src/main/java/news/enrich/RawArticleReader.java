package news.enrich;

import news.events.JsonSerdes;
import news.events.RawArticle;

/**
 * Reads a {@code news.articles.raw} value and checks it against its key, so a malformed or mis-keyed record is
 * rejected with a reason instead of failing deserialisation inside Kafka Streams.
 */
final class RawArticleReader {
    private RawArticleReader() {
    }

    static RawArticle read(String key, byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("empty record (null value)");
        }
        RawArticle article = JsonSerdes.fromBytes(value, RawArticle.class);
        if (key != null && !key.equals(article.id())) {
            throw new IllegalArgumentException("record key " + key + " is not the article id " + article.id());
        }
        return article;
    }
}

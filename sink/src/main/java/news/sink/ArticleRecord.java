package news.sink;

import news.events.EnrichedArticle;

/** An enriched article as the sink read it: the record's JSON and the article it holds. */
record ArticleRecord(byte[] json, EnrichedArticle article) {
}

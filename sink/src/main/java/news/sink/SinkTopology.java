package news.sink;

import news.events.Topics;
import news.sink.files.JsonFileWriter;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * The views materialised from the enriched stream.
 *
 * <pre>
 * news.articles.enriched key: article id  value: EnrichedArticle (read_committed)
 *   → write-article-files (out/articles/&lt;id&gt;.json)
 * news.articles          key: article id  value: EnrichedArticle, the latest per id (compacted)
 * </pre>
 */
public final class SinkTopology {
    private final Topics topics;
    private final JsonFileWriter articleFiles;
    private final SinkCounts counts;

    public SinkTopology(Topics topics, JsonFileWriter articleFiles, SinkCounts counts) {
        this.topics = topics;
        this.articleFiles = articleFiles;
        this.counts = counts;
    }

    public Topology build() {
        var builder = new StreamsBuilder();
        builder.stream(topics.articlesEnriched().name(), topics.articlesEnriched().consumed("read-enriched-articles"))
                .processValues(() -> new ArticleFiles(articleFiles, counts.articleFiles), Named.as("write-article-files"))
                .peek((id, article) -> counts.stories.add(article.storyId()), Named.as("count-stories"))
                .to(topics.articles().name(), topics.articles().produced("write-latest-articles"));
        return builder.build();
    }
}

package news.measure.topics;

import java.util.List;

/**
 * One article of a labelled corpus.
 *
 * @param id     the content id ({@code ArticleIdentity.articleId(title, body)})
 * @param source where it comes from, for reports: {@code business/001.txt}, {@code reut2-000.sgm#1}
 * @param labels the corpus's own labels (a BBC class, Reuters TOPICS)
 */
public record LabelledArticle(String id, String source, String title, String body, List<String> labels) {
    public LabelledArticle {
        labels = List.copyOf(labels);
    }
}

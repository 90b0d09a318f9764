package news.measure.extract;

import java.time.Instant;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.FormatResult;
import news.ingest.parse.html.HtmlFormat;

/** Our extractor, exactly as ingest runs it on an inbox file: {@link HtmlFormat}. */
public final class NewsflowExtractor implements BodyExtractor {
    private final HtmlFormat format = new HtmlFormat();

    @Override
    public String name() {
        return "newsflow";
    }

    @Override
    public String extract(EvalPage page) {
        FormatResult result = format.parse(new ArticleFile(page.fileName(), page.id() + ".html", page.html(),
                Instant.EPOCH));
        if (result instanceof FormatResult.Found found && !found.articles().isEmpty()) {
            return found.articles().get(0).body();
        }
        return "";
    }
}

package news.benchmarks;

import java.util.List;
import news.events.RawArticle;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.ParseResult;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark input, read and parsed once per fork: the seed files, the ~4 KB synthetic reference article (as a
 * file and as ingest publishes it) and the generator of further synthetic articles. Parsed with ingest's parser on
 * its built-in rules and language candidates, which are the shipped defaults.
 */
@State(Scope.Benchmark)
public class Corpus {
    public ArticleFileParser parser;
    public SeedArticles seeds;
    public List<ArticleFile> seedFiles;
    public SyntheticArticles synthetic;
    public ArticleFile referenceFile;
    public RawArticle reference;

    @Setup(Level.Trial)
    public void load() {
        parser = new ArticleFileParser();
        seeds = SeedArticles.locate();
        seedFiles = seeds.files();
        synthetic = new SyntheticArticles(seedFiles.stream().map(this::parse).toList());
        referenceFile = synthetic.reference();
        reference = parse(referenceFile);
    }

    /** The one article of a file, as ingest would publish it. */
    public RawArticle parse(ArticleFile file) {
        ParseResult result = parser.parse(file);
        if (!(result instanceof ParseResult.Parsed parsed)) {
            throw new IllegalStateException(file.name() + " was refused: " + ((ParseResult.Rejected) result).reason());
        }
        return parsed.articles().get(0);
    }
}

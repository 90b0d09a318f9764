package news.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.measure.extract.EvalInputException;
import news.measure.extract.EvalPage;
import news.measure.extract.ExtractionEval;
import news.measure.extract.ExtractionEval.ExtractorResult;
import news.measure.extract.ExtractionEval.PageResult;
import news.measure.extract.ExtractionReport;
import news.measure.extract.NewsflowExtractor;
import news.measure.extract.PageSet;
import news.measure.extract.Readability4jExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval extract --html DIR --truth FILE}: HTML main-content extraction, ours against readability4j on
 * the same pages in the same run, scored with the article-extraction benchmark's shingle measure.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Score HTML main-content extraction against ground truth, ours and readability4j side by side.",
                "Pages are <id>.html or <id>.html.gz; the truth file is {id: {articleBody, url}}."})
final class EvalExtractCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvalExtractCommand.class);

    @Option(names = "--html", paramLabel = "DIR", required = true, description = "Folder of pages.")
    Path html;

    @Option(names = "--truth", paramLabel = "FILE", required = true, description = "Ground-truth JSON file.")
    Path truth;

    @Mixin
    TimedPasses timing;

    @Option(names = "--no-peer", description = "Skip readability4j.")
    boolean noPeer;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "Also write every page's extracted text to DIR as <id>.<extractor>.txt, for inspection.")
    Path dump;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // Exit 2 for missing or malformed inputs, 1 when reading them fails part-way (a broken .gz, say).
        int passes = timing.count(spec);
        List<EvalPage> pages;
        try {
            pages = PageSet.load(html, truth);
        } catch (EvalInputException e) {
            return EvalCommand.inputError(spec, e);
        } catch (IOException e) {
            spec.commandLine().getErr().println("newsflow: cannot read the pages: " + e);
            return Newsflow.FAILED;
        }
        LOG.info("{} pages from {}", pages.size(), html);
        var eval = new ExtractionEval(passes);
        ExtractorResult ours = eval.run(new NewsflowExtractor(), pages);
        ExtractorResult peer = noPeer ? null : eval.run(new Readability4jExtractor(), pages);
        if (dump != null) {
            write(dump, ours);
            if (peer != null) {
                write(dump, peer);
            }
        }
        var report = new ExtractionReport(ours, peer);
        return EvalCommand.print(spec, report.table(), report.json());
    }

    private static void write(Path folder, ExtractorResult result) throws IOException {
        Files.createDirectories(folder);
        for (PageResult page : result.pages()) {
            Files.writeString(folder.resolve(page.page().id() + "." + result.name() + ".txt"), page.prediction(),
                    StandardCharsets.UTF_8);
        }
    }
}

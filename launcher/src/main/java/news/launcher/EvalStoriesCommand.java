package news.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import news.enrich.entities.EntityExtractor;
import news.enrich.stories.StoryConfig;
import news.measure.extract.EvalInputException;
import news.measure.stories.Headline;
import news.measure.stories.HeadlineCsv;
import news.measure.stories.StoryEval;
import news.measure.stories.StoryReport;
import news.settings.SettingsReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval stories --headlines CSV}: B-cubed precision, recall and F1 of story grouping on headlines
 * labelled with their story (UCI News Aggregator layout), grouped in time order by the topology's own grouper.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Measure story grouping on headlines labelled with their story: a CSV with the columns",
                "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP (UCI News Aggregator; TIMESTAMP in epoch ms).",
                "Headlines go through the topology's grouper in TIMESTAMP order; STORY is only the gold, CATEGORY is",
                "not read. Scores are B-cubed precision, recall and F1."})
final class EvalStoriesCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvalStoriesCommand.class);

    @Option(names = "--headlines", paramLabel = "CSV", required = true, description = "The labelled headlines.")
    Path headlines;

    @Option(names = "--threshold", paramLabel = "X",
            description = "Similarity to join a story, 0..1 (default: enrich.stories.threshold).")
    String threshold;

    @Mixin
    TimedPasses timing;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (enrich.stories.* and the like).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int passes = timing.count(spec);
        var overrides = new HashMap<String, String>();
        if (threshold != null) {
            overrides.put(StoryConfig.THRESHOLD, threshold);
        }
        SettingsReader read = Configuration.load(config, overrides).requireValid().reader();
        StoryConfig stories = StoryConfig.from(read);
        read.check();
        try {
            List<Headline> rows = HeadlineCsv.load(headlines);
            LOG.info("{} headlines from {}", rows.size(), headlines);
            // Headlines only: the entity tagger finds little in a headline and was measured to lower the score.
            StoryEval.Result result = new StoryEval(passes).run(rows, stories, EntityExtractor.NONE,
                    headlines.toString());
            var report = new StoryReport(result);
            return EvalCommand.print(spec, report.table(), report.json());
        } catch (EvalInputException e) {
            return EvalCommand.inputError(spec, e);
        }
    }
}

package news.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import news.enrich.topics.IptcTopicScorer;
import news.enrich.topics.TopicConfig;
import news.enrich.topics.TopicModel;
import news.measure.extract.EvalInputException;
import news.measure.topics.BbcCorpus;
import news.measure.topics.LabelledArticle;
import news.measure.topics.TopicEval;
import news.measure.topics.TopicReport;
import news.measure.topics.TopicTables;
import news.settings.SettingsReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval topics --corpus DIR [--model FILE]}: top-level topic accuracy on a corpus in the BBC layout,
 * over the articles the model was not trained on.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Measure IPTC topic scoring on a labelled corpus: DIR/<class>/<name>.txt, line 1 the headline;",
                "classes map to top-level topics in config/topics/bbc-classes.tsv. Articles the model was trained on",
                "are skipped and counted (overlap_with_training)."})
final class EvalTopicsCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvalTopicsCommand.class);

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Folder of class folders.")
    Path corpus;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model from `train topics` (default: enrich.topics.model-file, else the built-in one).")
    Path model;

    @Option(names = "--tables", paramLabel = "DIR",
            description = "Folder holding bbc-classes.tsv (default: config/topics, else the built-in copy).")
    Path tables;

    @Mixin
    TimedPasses timing;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (enrich.topics.threshold and the like).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int passes = timing.count(spec);
        var overrides = new HashMap<String, String>();
        if (model != null) {
            if (!Files.isRegularFile(model)) {
                spec.commandLine().getErr().println("newsflow: no such file: " + model);
                return Newsflow.USAGE;
            }
            overrides.put(TopicConfig.MODEL_FILE, model.toString());
        }
        SettingsReader read = Configuration.load(config, overrides).requireValid().reader();
        TopicConfig topics = TopicConfig.from(read);
        read.check();
        try {
            List<LabelledArticle> articles = BbcCorpus.load(corpus);
            var classes = TopicTables.labelCodes(tables != null ? tables : TopicTables.defaultDir(),
                    TopicTables.BBC_CLASSES);
            TopicModel loaded = topics.modelFile() == null ? TopicModel.builtIn() : TopicModel.read(topics.modelFile());
            LOG.info("{} articles from {}; model trained on {} articles", articles.size(), corpus,
                    loaded.trainingArticles());
            var scorer = new IptcTopicScorer(loaded, topics.threshold(), topics.maxTopics());
            TopicEval.Result result = new TopicEval(passes).run(scorer, topics.threshold(), articles, classes);
            var report = new TopicReport(result);
            return EvalCommand.print(spec, report.table(), report.json());
        } catch (EvalInputException e) {
            return EvalCommand.inputError(spec, e);
        }
    }
}

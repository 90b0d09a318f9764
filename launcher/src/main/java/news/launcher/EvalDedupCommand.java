package news.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import news.enrich.dedup.NearDuplicateConfig;
import news.measure.dedup.DedupEval;
import news.measure.dedup.DedupReport;
import news.measure.dedup.DuplicatePairs;
import news.measure.extract.EvalInputException;
import news.settings.SettingsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval dedup --corpus DIR --pairs FILE}: precision and recall of exact and near-duplicate detection
 * against listed duplicate pairs.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Measure duplicate detection: every article of DIR (parsed as ingest parses it, in path order)",
                "goes through the exact and near-duplicate checks of enrich; a predicted pair is two files put in one",
                "group. FILE lists the gold pairs (TSV: file_a, file_b, relation; paths relative to DIR), closed",
                "transitively. Thresholds come from enrich.near-dup.* (see --config)."})
final class EvalDedupCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Folder of article files.")
    Path corpus;

    @Option(names = "--pairs", paramLabel = "FILE", required = true, description = "The gold duplicate pairs (TSV).")
    Path pairs;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (enrich.near-dup.* thresholds).")
    Path config;

    @Mixin
    TimedPasses timing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int passes = timing.count(spec);
        SettingsReader read = Configuration.load(config, Map.of()).requireValid().reader();
        NearDuplicateConfig nearDuplicates = NearDuplicateConfig.from(read);
        read.check();
        try {
            var gold = DuplicatePairs.load(pairs);
            var report = new DedupReport(new DedupEval(nearDuplicates, passes).run(corpus, gold), nearDuplicates);
            return EvalCommand.print(spec, report.table(), report.json());
        } catch (EvalInputException e) {
            return EvalCommand.inputError(spec, e);
        }
    }
}

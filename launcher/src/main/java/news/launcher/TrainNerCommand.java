package news.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.enrich.entities.tagger.TaggerModel;
import news.measure.extract.EvalInputException;
import news.measure.ner.train.ClusterBuilder;
import news.measure.ner.train.NerTrainer;
import news.measure.ner.train.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow train ner --conll FILE --out MODEL}: rebuilds the entity tagger from a CoNLL training file and
 * unlabelled text for the word clusters. Fixed seeds: the same inputs give the same model.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Train the named-entity tagger from a CoNLL-2003 training file, with word clusters from",
                "unlabelled text (Reuters-21578 SGML and folders of plain-text articles)."})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--conll", paramLabel = "FILE", required = true, description = "CoNLL training file.")
    Path conll;

    @Option(names = "--out", paramLabel = "MODEL", required = true, description = "Model file to write (gzip).")
    Path out;

    @Option(names = "--reuters", paramLabel = "DIR", defaultValue = "../shared/data/reuters21578",
            description = "Reuters-21578 folder (*.sgm) for the clusters; 'none' to leave it out "
                    + "(default: ${DEFAULT-VALUE}).")
    String reuters;

    @Option(names = "--text", paramLabel = "DIR", split = ",", defaultValue = "../shared/data/bbc",
            description = "Folders of plain-text articles (*.txt, searched recursively) for the clusters; "
                    + "'none' for none (default: ${DEFAULT-VALUE}).")
    List<String> text;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Perceptron epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--bits", paramLabel = "N", defaultValue = "20",
            description = "log2 of the weight table's rows (default: ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20030601", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (epochs < 1 || bits < 16 || bits > 24) {
            spec.commandLine().getErr().println("newsflow: --epochs must be at least 1 and --bits 16 to 24");
            return Newsflow.USAGE;
        }
        Path reutersFolder = reuters.equals("none") ? null : Path.of(reuters);
        List<Path> textFolders = text.stream().filter(t -> !t.equals("none")).map(Path::of).toList();
        var defaults = ClusterBuilder.Options.defaults();
        var training = new NerTraining(new NerTrainer.Options(bits, epochs, 5, seed),
                new ClusterBuilder.Options(defaults.minCount(), defaults.contexts(), defaults.dimensions(),
                        defaults.sizes(), defaults.iterations(), seed));
        TaggerModel model;
        try {
            model = training.train(new NerTraining.Inputs(conll, reutersFolder, textFolders));
        } catch (EvalInputException e) {
            spec.commandLine().getErr().println("newsflow: " + e.getMessage());
            return Newsflow.USAGE;
        }
        NerTraining.write(model, out);
        spec.commandLine().getOut().printf("wrote %s (%d bytes)%n", out, Files.size(out));
        return 0;
    }
}

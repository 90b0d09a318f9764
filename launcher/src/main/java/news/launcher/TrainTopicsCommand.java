package news.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import news.measure.extract.EvalInputException;
import news.measure.topics.BbcCorpus;
import news.measure.topics.CorpusSplit;
import news.measure.topics.IptcTaxonomy;
import news.measure.topics.ReutersCorpus;
import news.measure.topics.TopicTables;
import news.measure.topics.TopicTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow train topics}: rebuilds the topic model from a corpus in the BBC layout, optionally Reuters-21578
 * for the second level of economy, and the IPTC taxonomy table. Prints what it measured on the way, then one JSON
 * line naming the model written.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Train the IPTC topic model: a classifier on a corpus in the BBC layout (one folder per class),",
                "optionally Reuters-21578 for economy's second level, and a lexicon from the IPTC taxonomy.",
                "Deterministic: the same inputs give the same file."})
final class TrainTopicsCommand implements Callable<Integer> {
    @Option(names = "--bbc", paramLabel = "DIR", required = true,
            description = "Labelled corpus: DIR/<class>/<name>.txt, line 1 the headline.")
    Path bbc;

    @Option(names = "--reuters", paramLabel = "DIR",
            description = "Reuters-21578 SGML folder (reut2-*.sgm): trains the second level of economy.")
    Path reuters;

    @Option(names = "--iptc", paramLabel = "FILE",
            description = "IPTC's cptall-en-US.json: first rewrites the taxonomy table in --tables from it.")
    Path iptc;

    @Option(names = "--tables", paramLabel = "DIR",
            description = "Folder of the topic tables (bbc-classes.tsv, reuters-topics.tsv, iptc-mediatopics.tsv); "
                    + "default: config/topics, else the built-in copies.")
    Path tables;

    @Option(names = "--held-out", paramLabel = "PERCENT", defaultValue = "20",
            description = "Share of the corpus held out from training by headline hash (default: ${DEFAULT-VALUE}).")
    int heldOut;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the model (the shipped one is "
                    + "enrich/src/main/resources/news/enrich/topics/topic-model.bin.gz).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (heldOut < 0 || heldOut > 90) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--held-out must be 0 to 90");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Path tableDir = tables != null ? tables : TopicTables.defaultDir();
        try {
            if (iptc != null) {
                IptcTaxonomy fresh = IptcTaxonomy.fromIkos(iptc);
                Path file = tableDir.resolve(TopicTables.TAXONOMY);
                fresh.write(file, "IPTC's " + iptc.getFileName());
                stdout.printf("taxonomy: %d active concepts written to %s%n", fresh.concepts().size(), file);
            }
            IptcTaxonomy taxonomy = IptcTaxonomy.read(tableDir);
            var inputs = new TopicTrainer.Inputs(BbcCorpus.load(bbc), TopicTables.labelCodes(tableDir, TopicTables.BBC_CLASSES),
                    reuters == null ? List.of() : ReutersCorpus.load(reuters),
                    TopicTables.labelCodes(tableDir, TopicTables.REUTERS_TOPICS), taxonomy, TopicTables.extraTerms(tableDir),
                    new CorpusSplit(heldOut, CorpusSplit.DEFAULT.folds()), command());
            TopicTrainer.Result result = new TopicTrainer(line -> {
                stdout.println(line);
                stdout.flush();
            }).train(inputs);
            result.model().write(out);
            ObjectNode json = new ObjectMapper().createObjectNode();
            json.put("model", out.toString());
            json.put("sha256", sha256(out));
            json.put("bytes", Files.size(out));
            json.put("threshold", result.threshold());
            json.put("training_articles", result.model().trainingArticles());
            stdout.println(json);
            stdout.flush();
            return 0;
        } catch (EvalInputException e) {
            spec.commandLine().getErr().println("newsflow: " + e.getMessage());
            return Newsflow.USAGE;
        }
    }

    /** The command as recorded in the model: options without the machine's paths, so the bytes do not depend on them. */
    private String command() {
        return "newsflow train topics --bbc DIR" + (reuters != null ? " --reuters DIR" : "") + " --held-out " + heldOut
                + " --out FILE";
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

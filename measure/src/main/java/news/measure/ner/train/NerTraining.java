package news.measure.ner.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.enrich.entities.tagger.TaggerModel;
import news.enrich.entities.tagger.WordClusters;
import news.measure.extract.EvalInputException;
import news.measure.ner.ConllCorpus;
import news.measure.ner.ConllDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code train ner} end to end: word clusters from the unlabelled text (Reuters-21578 SGML, plain-text article
 * folders) plus the training file's own tokens, then the tagger, written gzip-compressed. Reads the data at run
 * time only; what it writes is derived (hashes and weights). Deterministic: fixed seeds, sorted file order.
 */
public final class NerTraining {
    private static final Logger LOG = LoggerFactory.getLogger(NerTraining.class);

    /** What to train from. {@code reuters} and {@code textFolders} may be null or empty. */
    public record Inputs(Path conll, Path reuters, List<Path> textFolders) {
    }

    private final NerTrainer.Options trainer;
    private final ClusterBuilder.Options clusters;

    public NerTraining(NerTrainer.Options trainer, ClusterBuilder.Options clusters) {
        this.trainer = trainer;
        this.clusters = clusters;
    }

    public TaggerModel train(Inputs inputs) throws IOException, EvalInputException {
        List<ConllDocument> docs = ConllCorpus.read(inputs.conll());
        List<String[]> text = new ArrayList<>();
        var unlabelled = new UnlabelledText();
        if (inputs.reuters() != null) {
            requireFolder(inputs.reuters());
            text.addAll(unlabelled.reuters(inputs.reuters()));
        }
        for (Path folder : inputs.textFolders()) {
            requireFolder(folder);
            text.addAll(unlabelled.plainText(folder));
        }
        for (ConllDocument doc : docs) {
            text.addAll(Arrays.asList(doc.sentences()));
        }
        long start = System.nanoTime();
        WordClusters wordClusters = new ClusterBuilder(clusters).build(text);
        LOG.info("clusters: {} words in {} s", wordClusters.map().size(), (System.nanoTime() - start) / 1_000_000_000);
        start = System.nanoTime();
        TaggerModel model = new NerTrainer(trainer).train(docs, wordClusters);
        LOG.info("tagger trained in {} s", (System.nanoTime() - start) / 1_000_000_000);
        return model;
    }

    /** Writes the model to {@code out} through a temporary file, so a failed run leaves no half model. */
    public static void write(TaggerModel model, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".ner-model", ".tmp");
        try (OutputStream stream = Files.newOutputStream(temp)) {
            model.write(stream);
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void requireFolder(Path folder) throws EvalInputException {
        if (!Files.isDirectory(folder)) {
            throw new EvalInputException("no such folder: " + folder);
        }
    }
}

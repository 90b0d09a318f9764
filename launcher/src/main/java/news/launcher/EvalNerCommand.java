package news.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.enrich.entities.NerExtractor;
import news.enrich.entities.tagger.TaggerModel;
import news.measure.extract.EvalInputException;
import news.measure.ner.ConllCorpus;
import news.measure.ner.ConllDocument;
import news.measure.ner.NerEvaluation;
import news.measure.ner.NerReport;
import news.measure.ner.OpenNlpPeer;
import news.measure.ner.OurTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval ner --conll FILE [--peer-train FILE]}: our tagger on gold CoNLL tokens, scored with
 * conlleval's exact-chunk rules, and in the same run an OpenNLP name finder trained on the peer training file.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Score named-entity recognition on a CoNLL-2003 file (gold tokens, exact chunks), ours and,",
                "with --peer-train, an OpenNLP NameFinderME trained on that file in the same run."})
final class EvalNerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvalNerCommand.class);

    @Option(names = "--conll", paramLabel = "FILE", required = true, description = "Labelled CoNLL file to score.")
    Path conll;

    @Option(names = "--peer-train", paramLabel = "FILE",
            description = "CoNLL training file for the OpenNLP peer; without it no peer runs.")
    Path peerTrain;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Our tagger model file (default: the model built into newsflow).")
    Path model;

    @Mixin
    TimedPasses timing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int passes = timing.count(spec);
        List<ConllDocument> docs;
        List<ConllDocument> peerDocs = null;
        byte[] modelBytes;
        try {
            docs = ConllCorpus.read(conll);
            if (peerTrain != null) {
                peerDocs = ConllCorpus.read(peerTrain);
            }
            modelBytes = modelBytes();
        } catch (EvalInputException e) {
            return EvalCommand.inputError(spec, e);
        }
        Runtime runtime = Runtime.getRuntime();
        long before = usedHeap(runtime);
        long start = System.nanoTime();
        TaggerModel ours = TaggerModel.read(new ByteArrayInputStream(modelBytes));
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        double heapMb = (usedHeap(runtime) - before) / (1024.0 * 1024.0);
        var evaluation = new NerEvaluation(passes);
        NerEvaluation.Result result = evaluation.run(new OurTagger(ours), docs);
        NerEvaluation.Result peer = null;
        if (peerDocs != null) {
            LOG.info("training the OpenNLP peer on {} documents", peerDocs.size());
            peer = evaluation.run(OpenNlpPeer.train(peerDocs), docs);
        }
        var report = new NerReport(result, peer, loadMillis, modelBytes.length, heapMb);
        return EvalCommand.print(spec, report.table(), report.json());
    }

    /** The compressed model, read before timing so that load_ms is the decoding and building only. */
    private byte[] modelBytes() throws IOException, EvalInputException {
        if (model != null) {
            if (!Files.isRegularFile(model)) {
                throw new EvalInputException("no such file: " + model);
            }
            return Files.readAllBytes(model);
        }
        try (InputStream in = NerExtractor.class.getResourceAsStream(NerExtractor.BUILT_IN_MODEL)) {
            if (in == null) {
                throw new EvalInputException("the built-in NER model is missing from this build");
            }
            return in.readAllBytes();
        }
    }

    private static long usedHeap(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

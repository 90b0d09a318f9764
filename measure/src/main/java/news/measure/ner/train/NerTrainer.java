package news.measure.ner.train;

import java.util.ArrayList;
import java.util.List;
import news.enrich.entities.tagger.Features;
import news.enrich.entities.tagger.Gazetteer;
import news.enrich.entities.tagger.LongIntMap;
import news.enrich.entities.tagger.TaggerModel;
import news.enrich.entities.tagger.Tags;
import news.enrich.entities.tagger.WordClusters;
import news.measure.ner.ConllDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a tagger model from CoNLL training documents and word clusters: the gazetteer of the training names
 * (jackknifed over {@code folds} folds while training, so the weights do not learn to trust a gazetteer that
 * already knows every training name), then the averaged perceptron. Deterministic for given inputs and seed.
 */
public final class NerTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(NerTrainer.class);

    /** The training settings; {@link #defaults()} built the shipped model. */
    public record Options(int bits, int epochs, int folds, long seed) {
        public static Options defaults() {
            return new Options(20, 10, 5, 20030601L);
        }
    }

    private final Options options;

    public NerTrainer(Options options) {
        this.options = options;
    }

    public TaggerModel train(List<ConllDocument> docs, WordClusters clusters) {
        var features = new Features(options.bits(), clusters);
        int folds = options.folds();
        List<Gazetteer> byFold = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<ConllDocument> others = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % folds != f) {
                    others.add(docs.get(d));
                }
            }
            byFold.add(gazetteer(others));
        }
        List<Gazetteer> perDocument = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            perDocument.add(byFold.get(d % folds));
        }
        Gazetteer full = gazetteer(docs);
        LOG.info("gazetteer: {} names", full.names().size());
        float[] weights = new PerceptronTrainer(features).train(docs, perDocument, options.epochs(), options.seed());
        return new TaggerModel(features, full, weights);
    }

    /** The names of the documents' gold chunks, with the types each was given. */
    static Gazetteer gazetteer(List<ConllDocument> docs) {
        var names = new LongIntMap(1 << 14);
        for (ConllDocument doc : docs) {
            for (int s = 0; s < doc.sentences().length; s++) {
                String[] tokens = doc.sentences()[s];
                int[] tags = doc.tags()[s];
                long[] hashes = new long[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    hashes[i] = news.enrich.entities.tagger.Hashes.of(Features.normalise(tokens[i]));
                }
                int start = -1;
                for (int i = 0; i <= tags.length; i++) {
                    int tag = i < tags.length ? tags[i] : Tags.O;
                    boolean continues = start >= 0 && tag != Tags.O && !Tags.isBegin(tag)
                            && Tags.type(tag) == Tags.type(tags[start]);
                    if (start >= 0 && !continues) {
                        int type = 1 << Tags.type(tags[start]);
                        if (i - start <= Gazetteer.MAX_LENGTH) {
                            names.or(Gazetteer.key(hashes, start, i), type);
                        }
                        if (i - start > 1) {
                            for (int k = start; k < i; k++) {
                                names.or(Gazetteer.partKey(hashes[k]), type);
                            }
                        }
                        start = -1;
                    }
                    if (tag != Tags.O && start < 0) {
                        start = i;
                    }
                }
            }
        }
        return new Gazetteer(names);
    }
}

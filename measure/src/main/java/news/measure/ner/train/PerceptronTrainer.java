package news.measure.ner.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import news.enrich.entities.tagger.Features;
import news.enrich.entities.tagger.Gazetteer;
import news.enrich.entities.tagger.SequenceTagger;
import news.enrich.entities.tagger.Tags;
import news.measure.ner.ConllDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the greedy tagger's weights with the averaged perceptron: documents in a seeded random order each epoch,
 * each token decoded greedily with the tags the model itself chose before it (as at run time), and on a mistake
 * the gold tag's weights of the token's features go up by one and the chosen tag's down by one. The result is the
 * average of the weights over all steps, kept lazily.
 */
public final class PerceptronTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(PerceptronTrainer.class);

    private final Features features;

    public PerceptronTrainer(Features features) {
        this.features = features;
    }

    /**
     * @param gazetteers the gazetteer each document sees, by index (jackknifed: never one built from the document)
     */
    public float[] train(List<ConllDocument> docs, List<Gazetteer> gazetteers, int epochs, long seed) {
        int size = Tags.COUNT << features.bits();
        float[] w = new float[size];
        float[] u = new float[size];
        long step = 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        var random = new Random(seed);
        float[] scores = new float[Tags.COUNT];
        int[] dynamic = new int[Features.MAX_DYNAMIC];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            long errors = 0;
            long tokens = 0;
            for (int index : order) {
                ConllDocument doc = docs.get(index);
                Features.Document state = features.document(doc.sentences(), gazetteers.get(index));
                for (int s = 0; s < doc.sentences().length; s++) {
                    int n = state.prepare(s);
                    int[] gold = doc.tags()[s];
                    int[] rows = state.rows();
                    int previous = Tags.O;
                    int beforePrevious = Tags.O;
                    for (int i = 0; i < n; i++) {
                        java.util.Arrays.fill(scores, 0f);
                        int from = i * Features.MAX_STATIC;
                        int count = state.rowCount(i);
                        add(w, scores, rows, from, count);
                        int dynamicCount = state.dynamicRows(i, previous, beforePrevious, dynamic);
                        add(w, scores, dynamic, 0, dynamicCount);
                        int guess = SequenceTagger.best(scores, previous);
                        int truth = gold[i];
                        if (guess != truth) {
                            errors++;
                            update(w, u, rows, from, count, truth, guess, step);
                            update(w, u, dynamic, 0, dynamicCount, truth, guess, step);
                        }
                        state.record(i, guess);
                        beforePrevious = previous;
                        previous = guess;
                        step++;
                        tokens++;
                    }
                }
            }
            LOG.info("epoch {}: {} token errors in {} ({})", epoch + 1, errors, tokens,
                    String.format(java.util.Locale.ROOT, "%.4f", (double) errors / tokens));
        }
        float[] averaged = new float[size];
        for (int i = 0; i < size; i++) {
            averaged[i] = w[i] - u[i] / step;
        }
        return averaged;
    }

    private static void add(float[] w, float[] scores, int[] rows, int from, int count) {
        for (int k = from; k < from + count; k++) {
            int b = rows[k] * Tags.COUNT;
            for (int t = 0; t < Tags.COUNT; t++) {
                scores[t] += w[b + t];
            }
        }
    }

    private static void update(float[] w, float[] u, int[] rows, int from, int count, int truth, int guess,
                               long step) {
        for (int k = from; k < from + count; k++) {
            int b = rows[k] * Tags.COUNT;
            w[b + truth] += 1;
            u[b + truth] += step;
            w[b + guess] -= 1;
            u[b + guess] -= step;
        }
    }
}

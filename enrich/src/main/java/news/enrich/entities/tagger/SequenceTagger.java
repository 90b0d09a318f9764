package news.enrich.entities.tagger;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Tags the tokens of a document with BIO tags, greedily left to right: each token takes the best-scoring tag that
 * may follow the previous one, given the static features of the token and the tags already chosen. The scores of
 * the features that come from one word alone are remembered per word ({@link WordScores}), one table per caller
 * at a time. Thread-safe (every call works on its own document state and its own table).
 */
public final class SequenceTagger {
    private final TaggerModel model;
    private final WeightTable weights;
    /**
     * Workspaces not in use: a call takes one (or makes one) and gives it back, so there are as many as calls have
     * run at once (one per stream thread); each keeps the words of earlier documents, and its document's arrays.
     */
    private final Queue<Workspace> idle = new ConcurrentLinkedQueue<>();
    private final int slots;

    public SequenceTagger(TaggerModel model) {
        this(model, WordScores.SLOTS);
    }

    /** A tagger remembering up to {@code slots} words (a power of two) per table. */
    SequenceTagger(TaggerModel model, int slots) {
        this.model = model;
        this.weights = model.weights();
        this.slots = slots;
    }

    public TaggerModel model() {
        return model;
    }

    /** The tags of every token of every sentence of one document; sentences in document order. */
    public int[][] tag(String[][] sentences) {
        Workspace workspace = idle.poll();
        if (workspace == null) {
            workspace = new Workspace(new WordScores(model.features(), weights, slots),
                    model.features().workspace(model.gazetteer()));
        }
        try {
            workspace.doc.start(sentences);
            return tag(sentences, workspace.doc, workspace.words);
        } finally {
            idle.add(workspace);
        }
    }

    private record Workspace(WordScores words, Features.Document doc) {
    }

    private int[][] tag(String[][] sentences, Features.Document doc, WordScores words) {
        int[][] tags = new int[sentences.length][];
        int[] scores = new int[Tags.COUNT];
        int[] dynamic = new int[Features.MAX_DYNAMIC];
        for (int s = 0; s < sentences.length; s++) {
            int n = doc.prepare(s, words);
            int[] out = new int[n];
            int[] staticScores = doc.staticScores();
            int[] scoresAfterO = doc.scoresAfterO();
            int previous = Tags.O;
            int beforePrevious = Tags.O;
            for (int i = 0; i < n; i++) {
                // Most tokens follow an O: their word's rows with that tag were summed beforehand, because the reads
                // of the weight table made here wait for the tag before, one token after another.
                if (previous == Tags.O) {
                    System.arraycopy(scoresAfterO, i * Tags.COUNT, scores, 0, Tags.COUNT);
                    weights.add(dynamic, 0, doc.contextTagRows(i, previous, beforePrevious, dynamic), scores, 0);
                } else {
                    System.arraycopy(staticScores, i * Tags.COUNT, scores, 0, Tags.COUNT);
                    weights.add(dynamic, 0, doc.dynamicRows(i, previous, beforePrevious, dynamic), scores, 0);
                }
                int best = best(scores, previous);
                out[i] = best;
                doc.record(i, best);
                beforePrevious = previous;
                previous = best;
            }
            tags[s] = out;
        }
        return tags;
    }

    /** The best tag allowed after {@code previous}. */
    static int best(int[] scores, int previous) {
        int best = Tags.O;
        int top = scores[Tags.O];
        for (int t = 1; t < Tags.COUNT; t++) {
            if (scores[t] > top && Tags.allowed(previous, t)) {
                top = scores[t];
                best = t;
            }
        }
        return best;
    }

    /** The best tag allowed after {@code previous}. */
    public static int best(float[] scores, int previous) {
        int best = Tags.O;
        float top = scores[Tags.O];
        for (int t = 1; t < Tags.COUNT; t++) {
            if (scores[t] > top && Tags.allowed(previous, t)) {
                top = scores[t];
                best = t;
            }
        }
        return best;
    }
}

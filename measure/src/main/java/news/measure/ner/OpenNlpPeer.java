package news.measure.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import news.enrich.entities.tagger.Tags;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The peer of {@code eval ner}: Apache OpenNLP's {@code NameFinderME} with its default features and training
 * parameters, trained on the given CoNLL documents in the same run (OpenNLP publishes no English model).
 * Its adaptive (document) data is cleared at each document, as OpenNLP's own CoNLL evaluation does.
 */
public final class OpenNlpPeer implements DocumentTagger {
    private final NameFinderME finder;

    private OpenNlpPeer(NameFinderME finder) {
        this.finder = finder;
    }

    public static OpenNlpPeer train(List<ConllDocument> docs) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (ConllDocument doc : docs) {
            for (int s = 0; s < doc.sentences().length; s++) {
                samples.add(new NameSample(doc.sentences()[s], spans(doc.tags()[s]), s == 0));
            }
        }
        TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples),
                TrainingParameters.defaultParams(), new TokenNameFinderFactory());
        return new OpenNlpPeer(new NameFinderME(model));
    }

    private static Span[] spans(int[] tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : Tags.O;
            boolean continues = start >= 0 && tag != Tags.O && !Tags.isBegin(tag)
                    && Tags.type(tag) == Tags.type(tags[start]);
            if (start >= 0 && !continues) {
                out.add(new Span(start, i, Tags.TYPES[Tags.type(tags[start])]));
                start = -1;
            }
            if (tag != Tags.O && start < 0) {
                start = i;
            }
        }
        return out.toArray(Span[]::new);
    }

    @Override
    public String name() {
        return "opennlp-namefinder";
    }

    /** Not thread-safe (NameFinderME is not): the evaluation runs on one thread. */
    @Override
    public int[][] tag(String[][] sentences) {
        finder.clearAdaptiveData();
        int[][] out = new int[sentences.length][];
        for (int s = 0; s < sentences.length; s++) {
            int[] tags = new int[sentences[s].length];
            for (Span span : finder.find(sentences[s])) {
                int type = typeIndex(span.getType());
                if (type < 0) {
                    continue;
                }
                tags[span.getStart()] = Tags.begin(type);
                for (int i = span.getStart() + 1; i < span.getEnd(); i++) {
                    tags[i] = Tags.inside(type);
                }
            }
            out[s] = tags;
        }
        return out;
    }

    private static int typeIndex(String type) {
        for (int t = 0; t < Tags.TYPES.length; t++) {
            if (Tags.TYPES[t].equals(type)) {
                return t;
            }
        }
        return -1;
    }
}

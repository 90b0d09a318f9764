package news.measure.ner;

import news.enrich.entities.tagger.SequenceTagger;
import news.enrich.entities.tagger.TaggerModel;

/** Our tagger as the pipeline runs it, on gold tokens. */
public record OurTagger(SequenceTagger tagger) implements DocumentTagger {

    public OurTagger(TaggerModel model) {
        this(new SequenceTagger(model));
    }

    @Override
    public String name() {
        return "newsflow";
    }

    @Override
    public int[][] tag(String[][] sentences) {
        return tagger.tag(sentences);
    }
}

package news.measure.ner;

/**
 * One document of a CoNLL file: its sentences of tokens and their gold BIO tags ({@link
 * news.enrich.entities.tagger.Tags} indexes, IOB2).
 */
public record ConllDocument(String[][] sentences, int[][] tags) {

    public int tokenCount() {
        int n = 0;
        for (String[] s : sentences) {
            n += s.length;
        }
        return n;
    }
}

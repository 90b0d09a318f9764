package news.measure.ner;

/** Something that tags the sentences of one document with BIO tags ({@link news.enrich.entities.tagger.Tags}). */
public interface DocumentTagger {
    String name();

    int[][] tag(String[][] sentences);
}

package news.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Gazetteer marks, names stored as the trainer stores them: a key per name, a part key per word of longer ones. */
class GazetteerTest {
    private static final int ORG = 1;
    private static final int LOC = 2;

    @Test
    void shouldMarkEveryWordOfANameOfSeveralWordsAndANameOfOneWord() {
        var names = new LongIntMap(16);
        add(names, LOC, "Mali");
        add(names, ORG, "Alliance", "of", "Sahel", "States");
        add(names, ORG, "Bank", "of", "Mali");
        long[] sentence = hashes("the", "Alliance", "of", "Sahel", "States", "and", "Mali", "of", "Sahel");
        int[] marks = new int[sentence.length];

        new Gazetteer(names).mark(sentence, sentence.length, marks);

        int part = 1 << (16 + ORG);
        assertThat(marks).containsExactly(0, part | bit(ORG, 0), part | bit(ORG, 1), part | bit(ORG, 1),
                part | bit(ORG, 2), 0, part | bit(LOC, 3), part, part);
    }

    private static int bit(int type, int place) {
        return 1 << (4 * type + place);
    }

    private static void add(LongIntMap names, int type, String... words) {
        long[] h = hashes(words);
        names.or(Gazetteer.key(h, 0, h.length), 1 << type);
        if (h.length > 1) {
            for (long w : h) {
                names.or(Gazetteer.partKey(w), 1 << type);
            }
        }
    }

    private static long[] hashes(String... words) {
        long[] out = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = Hashes.of(words[i]);
        }
        return out;
    }
}

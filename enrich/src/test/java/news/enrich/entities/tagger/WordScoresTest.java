package news.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word table keeps the words of a set until a new one needs the slot of the word used least recently. */
class WordScoresTest {
    private final Features features = new Features(10, WordClusters.none());
    private final WeightTable weights = WeightTable.of(new short[Tags.COUNT << features.bits()]);

    @Test
    void shouldEvictTheWordOfItsSetUsedLeastRecently() {
        var words = new WordScores(features, weights, 4);
        for (String w : new String[] {"a", "b", "c", "d"}) {
            put(words, w);
        }
        assertThat(words.find("a")).isNotNegative();
        put(words, "e");
        assertThat(words.find("b")).isNegative();
        for (String w : new String[] {"a", "c", "d", "e"}) {
            assertThat(words.find(w)).as(w).isNotNegative();
        }
        assertThat(words.wordHash(words.find("e"))).isEqualTo(Hashes.of("e"));
    }

    @Test
    void shouldTellApartWordsOfTheSameStringHash() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        var words = new WordScores(features, weights, 8);
        int aa = put(words, "Aa");
        int bb = put(words, "BB");
        assertThat(bb).isNotEqualTo(aa);
        assertThat(words.find(new String("Aa"))).isEqualTo(aa);
        assertThat(words.find(new String("BB"))).isEqualTo(bb);
        assertThat(words.wordHash(aa)).isEqualTo(Hashes.of("Aa"));
        assertThat(words.wordHash(bb)).isEqualTo(Hashes.of("BB"));
    }

    @Test
    void shouldKeepAsManyWordsAsSlotsWhenTheirSetsHaveRoom() {
        var words = new WordScores(features, weights, 1 << 10);
        int stored = 0;
        for (int i = 0; i < 1 << 10; i++) {
            String w = "w" + i;
            if (words.find(w) < 0) {
                put(words, w);
                stored++;
            }
        }
        int kept = 0;
        for (int i = 0; i < 1 << 10; i++) {
            kept += words.find("w" + i) >= 0 ? 1 : 0;
        }
        // A set overflows only where more than its share of words hash to it: for words spread at random over
        // sets of four, about a fifth of them.
        assertThat(stored).isEqualTo(1 << 10);
        assertThat(kept).isGreaterThan(780);
    }

    private static int put(WordScores words, String w) {
        return words.put(w, Hashes.of(w), Features.lowerHash(w), Features.shape(w), WordClusters.MISSING, (byte) 0);
    }
}

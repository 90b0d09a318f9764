package news.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher(32, 4);

    @Test
    void shouldEstimateTheJaccardSimilarityOfTheShingleSets() {
        var random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            words.add("w" + random.nextInt(5000));
        }
        List<String> edited = new ArrayList<>(words);
        for (int i = 0; i < 400; i += 10) {
            edited.set(i, "changed" + i);
        }
        var a = hasher.fingerprint("a", "t", String.join(" ", words));
        var b = hasher.fingerprint("b", "t", String.join(" ", edited));

        assertThat(MinHasher.bodySimilarity(a, b)).isCloseTo(jaccard(shingles(words), shingles(edited)), within(0.1));
    }

    @Test
    void shouldGiveEachSlotTheSameValueWhateverTheNumberOfSlots() {
        // Slot i depends on i alone, so 15 slots (not a multiple of the loop's four lanes) are the first 15 of 128.
        String body = "The central bank raised rates again on Thursday, its third rise this year, and said more "
                + "would follow if prices kept climbing through the winter.";
        int[] few = new MinHasher(3, 5).fingerprint("a", "t", body).signature();
        int[] many = new MinHasher(16, 8).fingerprint("a", "t", body).signature();

        assertThat(few).containsExactly(Arrays.copyOf(many, 15));
    }

    @Test
    void shouldHashWordsAsTheyAreSplit() {
        // The body's words are hashed in place: punctuation, case and accents split and fold as the title's words.
        var a = hasher.fingerprint("a", "t", "Caf\u00e9 owners' \"strike\" -- 2,000 shops CLOSED!");
        var b = hasher.fingerprint("b", "t", "caf\u00e9 OWNERS strike 2 000 shops closed");

        assertThat(a.signature()).containsExactly(b.signature());
        assertThat(MinHasher.words("Caf\u00e9 owners' \"strike\"")).containsExactly("caf\u00e9", "owners", "strike");
    }

    @Test
    void shouldGiveTheSameKeysForTheSameTextInAnyRun() {
        var a = hasher.fingerprint("a", "Mali and the US", "Nick Checker arrived in Bamako on Monday.");
        var b = new MinHasher(32, 4).fingerprint("b", "MALI and the us!", "Nick  Checker arrived in Bamako on Monday.");

        assertThat(hasher.keys(a)).hasSize(33).isEqualTo(hasher.keys(b));
        // Pinned: keys live in changelogged stores, so a change of hashing would split groups across an upgrade.
        assertThat(hasher.keys(a).get(32)).isEqualTo("t:1bf70b03ba514ac2");
    }

    @Test
    void shouldKeyTheTitleByItsWordsWhateverTheirOrderAndCase() {
        var a = hasher.fingerprint("a", "Nasdaq planning $100m share sale", "x");
        var b = hasher.fingerprint("b", "Nasdaq planning $100m-share sale", "y");

        assertThat(a.titleWords()).isEqualTo("100m nasdaq planning sale share");
        assertThat(MinHasher.titleSimilarity(a, b)).isEqualTo(1.0);
        assertThat(hasher.keys(a).get(hasher.keys(a).size() - 1)).isEqualTo(hasher.keys(b).get(hasher.keys(b).size() - 1));
    }

    @Test
    void shouldGiveNoBandKeysForAnEmptyBody() {
        var empty = hasher.fingerprint("a", "Title only", "");

        assertThat(hasher.keys(empty)).singleElement().asString().startsWith("t:");
    }

    @Test
    void shouldMeasureTitleSimilarityOnWordSets() {
        var a = hasher.fingerprint("a", "Jones files Conte lawsuit", "");
        var b = hasher.fingerprint("b", "Jones files lawsuit against Conte", "");

        assertThat(MinHasher.titleSimilarity(a, b)).isEqualTo(0.8);
    }

    private static Set<String> shingles(List<String> words) {
        var set = new HashSet<String>();
        for (int i = 0; i + MinHasher.SHINGLE_WORDS <= words.size(); i++) {
            set.add(String.join(" ", words.subList(i, i + MinHasher.SHINGLE_WORDS)));
        }
        return set;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        var union = new HashSet<>(a);
        union.addAll(b);
        var common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}

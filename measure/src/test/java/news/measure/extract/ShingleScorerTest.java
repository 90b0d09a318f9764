package news.measure.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import news.measure.extract.ShingleScorer.PageScore;
import news.measure.extract.ShingleScorer.Summary;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the benchmark's shingle measure. */
class ShingleScorerTest {
    private static final Offset<Double> EXACT = within(1e-12);

    @Test
    void shouldSplitTokensAtEveryNonWordCharacter() {
        assertThat(ShingleScorer.tokens("Don't stop—it's 4.5% (U.S.) snake_case über 東京"))
                .containsExactly("Don", "t", "stop", "it", "s", "4", "5", "U", "S", "snake_case", "über", "東京");
        assertThat(ShingleScorer.tokens("  ...  ")).isEmpty();
        assertThat(ShingleScorer.tokens(null)).isEmpty();
    }

    @Test
    void shouldScoreIdenticalTextsAsPerfect() {
        PageScore score = ShingleScorer.score("a b c d e", "a  b\n\nc d, e!");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.exact()).isTrue();
    }

    @Test
    void shouldCountShingleMultisets() {
        // truth "a b c d e": shingles abcd, bcde. prediction "a b c d e f": abcd, bcde, cdef.
        // tp 2, fp 1, fn 0, normalised by 3.
        PageScore extra = ShingleScorer.score("a b c d e", "a b c d e f");
        assertThat(extra.tp()).isCloseTo(2.0 / 3, EXACT);
        assertThat(extra.fp()).isCloseTo(1.0 / 3, EXACT);
        assertThat(extra.fn()).isCloseTo(0, EXACT);
        assertThat(extra.precision()).isCloseTo(2.0 / 3, EXACT);
        assertThat(extra.recall()).isEqualTo(1.0);
        assertThat(extra.exact()).isFalse();

        // truth has abcd twice ("a b c d a b c d": abcd, bcda, cdab, dabc, abcd); prediction "a b c d": abcd once.
        // tp 1, fp 0, fn 4: precision 1, recall 1/5.
        PageScore repeated = ShingleScorer.score("a b c d a b c d", "a b c d");
        assertThat(repeated.precision()).isEqualTo(1.0);
        assertThat(repeated.recall()).isCloseTo(0.2, EXACT);
        assertThat(repeated.f1()).isCloseTo(2 * 0.2 / 1.2, EXACT);
    }

    @Test
    void shouldUseOneShorterShingleForTextsUnderFourTokens() {
        // truth "x y" is the single shingle (x, y); prediction "x y z" the single shingle (x, y, z): no overlap.
        PageScore score = ShingleScorer.score("x y", "x y z");

        assertThat(score.tp()).isZero();
        assertThat(score.fp()).isCloseTo(0.5, EXACT);
        assertThat(score.fn()).isCloseTo(0.5, EXACT);
        assertThat(ShingleScorer.score("x y", "x y").precision()).isEqualTo(1.0);
    }

    @Test
    void shouldHandleEmptyPredictionsAndEmptyTruthAsUpstreamDoes() {
        PageScore nothingPredicted = ShingleScorer.score("a b c d", "");
        assertThat(nothingPredicted.hasPrediction()).isFalse();
        assertThat(nothingPredicted.hasTruth()).isTrue();
        assertThat(nothingPredicted.recall()).isZero();

        PageScore nothingTrue = ShingleScorer.score("", "a b c d");
        assertThat(nothingTrue.hasTruth()).isFalse();
        assertThat(nothingTrue.precision()).isZero();

        PageScore bothEmpty = ShingleScorer.score("", " ");
        assertThat(bothEmpty.hasPrediction()).isFalse();
        assertThat(bothEmpty.hasTruth()).isFalse();
        assertThat(bothEmpty.precision()).isEqualTo(1.0);
        assertThat(bothEmpty.exact()).isTrue();
    }

    @Test
    void shouldAveragePrecisionOnlyOverPagesThatPredictedSomething() {
        PageScore perfect = ShingleScorer.score("a b c d e", "a b c d e");
        PageScore extra = ShingleScorer.score("a b c d e", "a b c d e f");
        PageScore empty = ShingleScorer.score("a b c d e", "");

        Summary summary = ShingleScorer.summarise(List.of(perfect, extra, empty));

        // precision over the two pages that predicted: (1 + 2/3) / 2; recall over all three: (1 + 1 + 0) / 3.
        double precision = (1 + 2.0 / 3) / 2;
        double recall = 2.0 / 3;
        assertThat(summary.precision()).isCloseTo(precision, EXACT);
        assertThat(summary.recall()).isCloseTo(recall, EXACT);
        assertThat(summary.f1()).isCloseTo(2 * precision * recall / (precision + recall), EXACT);
        assertThat(summary.accuracy()).isCloseTo(1.0 / 3, EXACT);
        assertThat(summary.pages()).isEqualTo(3);
    }

    @Test
    void shouldSummariseNoPagesAsZero() {
        Summary summary = ShingleScorer.summarise(List.of());

        assertThat(summary.f1()).isZero();
        assertThat(summary.pages()).isZero();
    }
}

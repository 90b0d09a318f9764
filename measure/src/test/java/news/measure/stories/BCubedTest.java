package news.measure.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void shouldScoreAHandWorkedExample() {
        // Gold: {1,2,3} {4,5}. Predicted: {1,2} {3,4,5}.
        // Precision per item: 1, 1, 1/3, 2/3, 2/3 → 11/15. Recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
        BCubed score = BCubed.score(List.of("a", "a", "b", "b", "b"), List.of("x", "x", "x", "y", "y"));

        assertThat(score.precision()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(score.recall()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(score.f1()).isCloseTo(11 / 15.0, within(1e-12));
    }

    @Test
    void shouldRewardSingletonsWithPrecisionOnlyAndOneClusterWithRecallOnly() {
        List<String> gold = List.of("x", "x", "y", "y");
        BCubed singletons = BCubed.score(List.of("1", "2", "3", "4"), gold);
        BCubed oneCluster = BCubed.score(List.of("1", "1", "1", "1"), gold);

        assertThat(singletons.precision()).isEqualTo(1.0);
        assertThat(singletons.recall()).isEqualTo(0.5);
        assertThat(oneCluster.precision()).isEqualTo(0.5);
        assertThat(oneCluster.recall()).isEqualTo(1.0);
        assertThat(BCubed.score(gold, gold).f1()).isEqualTo(1.0);
    }
}

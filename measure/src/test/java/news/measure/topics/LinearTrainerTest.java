package news.measure.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.enrich.topics.FeatureVector;
import news.enrich.topics.LinearModel;
import news.enrich.topics.TopicText;
import org.junit.jupiter.api.Test;

class LinearTrainerTest {

    @Test
    void shouldMinimiseAQuadratic() {
        double[] x = {5, -3};
        double value = new Lbfgs(5, 100, 1e-12).minimise((w, g) -> {
            g[0] = 2 * (w[0] - 1);
            g[1] = 8 * (w[1] + 2);
            return (w[0] - 1) * (w[0] - 1) + 4 * (w[1] + 2) * (w[1] + 2);
        }, x);

        assertThat(value).isLessThan(1e-8);
        assertThat(x[0]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(x[1]).isCloseTo(-2, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void shouldLearnWordsOfTwoClassesAndScoreNewTextLikewise() {
        List<FeatureVector> vectors = List.of(vector("goal match striker"), vector("match goal keeper"),
                vector("striker goal cup"), vector("rain snow forecast"), vector("snow wind forecast"),
                vector("forecast rain frost"));
        int[] labels = {0, 0, 0, 1, 1, 1};

        LinearModel model = LinearTrainer.softmax(SparseSet.of(vectors, 2), labels, null, 2, 1e-4);

        assertThat(TopicTrainer.argmax(model.scores(vector("a late goal in the match")))).isEqualTo(0);
        assertThat(TopicTrainer.argmax(model.scores(vector("snow and rain in the forecast")))).isEqualTo(1);
    }

    @Test
    void shouldFitALogisticRegressionThatSeparatesOnItsFeature() {
        double[][] features = {{0.1}, {0.2}, {0.3}, {0.7}, {0.8}, {0.9}};
        boolean[] labels = {false, false, false, true, true, true};

        double[] c = LinearTrainer.logistic(features, labels, 1e-4);

        assertThat(c[1]).isPositive();
        assertThat(c[0] + c[1] * 0.5).isCloseTo(0, org.assertj.core.data.Offset.offset(0.5));
    }

    private static FeatureVector vector(String text) {
        return FeatureVector.of(TopicText.of(""), TopicText.of(text));
    }
}

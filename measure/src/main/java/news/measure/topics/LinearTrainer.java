package news.measure.topics;

import news.enrich.topics.LinearModel;

/**
 * Fits linear models over a {@link SparseSet} with L2 regularisation by L-BFGS: multinomial logistic regression
 * (one class per article) and independent logistic regressions (any number of labels per article). The loss is
 * the mean over articles, the biases are not regularised. Single-threaded and deterministic.
 */
final class LinearTrainer {
    private static final Lbfgs OPTIMISER = new Lbfgs(10, 500, 1e-8);

    private LinearTrainer() {
    }

    /**
     * Multinomial logistic regression: {@code labels[i]} is article i's class in 0..classes-1, {@code weights[i]} its
     * weight in the loss (null: all 1); the loss is the weighted mean.
     */
    static LinearModel softmax(SparseSet data, int[] labels, double[] weights, int classes, double lambda) {
        int features = data.features();
        int n = data.rows();
        double total = weights == null ? n : java.util.Arrays.stream(weights).sum();
        double[] x = new double[features * classes + classes];
        OPTIMISER.minimise((w, gradient) -> {
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            double[] scores = new double[classes];
            for (int r = 0; r < n; r++) {
                int[] cols = data.columns[r];
                float[] vals = data.values[r];
                linearScores(w, cols, vals, features, classes, scores);
                double max = Double.NEGATIVE_INFINITY;
                for (double s : scores) {
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int k = 0; k < classes; k++) {
                    scores[k] = Math.exp(scores[k] - max);
                    sum += scores[k];
                }
                double weight = weights == null ? 1 : weights[r];
                loss -= weight * Math.log(scores[labels[r]] / sum);
                for (int k = 0; k < classes; k++) {
                    double error = weight * (scores[k] / sum - (labels[r] == k ? 1 : 0)) / total;
                    gradient[features * classes + k] += error;
                    for (int i = 0; i < cols.length; i++) {
                        gradient[cols[i] * classes + k] += error * vals[i];
                    }
                }
            }
            return loss / total + regularise(w, gradient, features * classes, lambda);
        }, x);
        return toModel(data, x, classes);
    }

    /** Each class's bias plus the row's sparse dot product with that class's weights, into {@code scores}. */
    private static void linearScores(double[] w, int[] cols, float[] vals, int features, int classes,
                                     double[] scores) {
        for (int k = 0; k < classes; k++) {
            scores[k] = w[features * classes + k];
        }
        for (int i = 0; i < cols.length; i++) {
            int base = cols[i] * classes;
            for (int k = 0; k < classes; k++) {
                scores[k] += w[base + k] * vals[i];
            }
        }
    }

    /** Independent logistic regressions: {@code labels[i][k]} says whether article i has label k. */
    static LinearModel sigmoids(SparseSet data, boolean[][] labels, int classes, double lambda) {
        int features = data.features();
        int n = data.rows();
        double[] x = new double[features * classes + classes];
        OPTIMISER.minimise((w, gradient) -> {
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            double[] scores = new double[classes];
            for (int r = 0; r < n; r++) {
                int[] cols = data.columns[r];
                float[] vals = data.values[r];
                linearScores(w, cols, vals, features, classes, scores);
                for (int k = 0; k < classes; k++) {
                    double z = scores[k];
                    boolean positive = labels[r][k];
                    // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, computed without overflow.
                    double margin = positive ? z : -z;
                    loss += margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
                    double p = 1 / (1 + Math.exp(-z));
                    double error = (p - (positive ? 1 : 0)) / n;
                    gradient[features * classes + k] += error;
                    for (int i = 0; i < cols.length; i++) {
                        gradient[cols[i] * classes + k] += error * vals[i];
                    }
                }
            }
            return loss / n + regularise(w, gradient, features * classes, lambda);
        }, x);
        return toModel(data, x, classes);
    }

    /** Adds the L2 penalty on the first {@code weights} parameters to the gradient; returns its value. */
    private static double regularise(double[] w, double[] gradient, int weights, double lambda) {
        double penalty = 0;
        for (int i = 0; i < weights; i++) {
            penalty += w[i] * w[i];
            gradient[i] += lambda * w[i];
        }
        return lambda / 2 * penalty;
    }

    private static LinearModel toModel(SparseSet data, double[] x, int classes) {
        int features = data.features();
        float[] weights = new float[features * classes];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) x[i];
        }
        float[] bias = new float[classes];
        for (int k = 0; k < classes; k++) {
            bias[k] = (float) x[features * classes + k];
        }
        return new LinearModel(classes, bias, data.keys, data.idf, weights);
    }

    /**
     * A dense logistic regression with a small L2 penalty on the weights (not the bias): {@code [bias, w1, ...]}.
     */
    static double[] logistic(double[][] features, boolean[] labels, double lambda) {
        int d = features.length == 0 ? 0 : features[0].length;
        int n = features.length;
        double[] x = new double[d + 1];
        OPTIMISER.minimise((w, gradient) -> {
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            for (int r = 0; r < n; r++) {
                double z = w[0];
                for (int j = 0; j < d; j++) {
                    z += w[j + 1] * features[r][j];
                }
                double margin = labels[r] ? z : -z;
                loss += margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
                double error = (1 / (1 + Math.exp(-z)) - (labels[r] ? 1 : 0)) / n;
                gradient[0] += error;
                for (int j = 0; j < d; j++) {
                    gradient[j + 1] += error * features[r][j];
                }
            }
            double penalty = 0;
            for (int j = 1; j <= d; j++) {
                penalty += w[j] * w[j];
                gradient[j] += lambda * w[j];
            }
            return loss / n + lambda / 2 * penalty;
        }, x);
        return x;
    }
}

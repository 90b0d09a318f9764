package news.measure.topics;

/**
 * Limited-memory BFGS minimisation (Nocedal and Wright, algorithm 7.4, two-loop recursion) with a backtracking
 * line search on the Armijo condition. Deterministic: the same function and start give the same result.
 */
final class Lbfgs {
    /** A differentiable function: writes the gradient at {@code x} into {@code gradient}, returns the value. */
    interface Objective {
        double evaluate(double[] x, double[] gradient);
    }

    private final int memory;
    private final int maxIterations;
    private final double tolerance;

    /**
     * @param tolerance stop when an iteration improves the value by less than this, relative to the value
     */
    Lbfgs(int memory, int maxIterations, double tolerance) {
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Minimises from {@code x} (changed in place); returns the final value. */
    double minimise(Objective f, double[] x) {
        int n = x.length;
        double[][] s = new double[memory][];
        double[][] y = new double[memory][];
        double[] rho = new double[memory];
        int stored = 0;
        int next = 0;
        double[] g = new double[n];
        double value = f.evaluate(x, g);
        double[] direction = new double[n];
        double[] candidate = new double[n];
        double[] candidateGradient = new double[n];
        double[] alpha = new double[memory];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            // Two-loop recursion: direction = -H g.
            System.arraycopy(g, 0, direction, 0, n);
            for (int k = 0; k < stored; k++) {
                int i = Math.floorMod(next - 1 - k, memory);
                alpha[i] = rho[i] * dot(s[i], direction);
                axpy(-alpha[i], y[i], direction);
            }
            double gamma = 1;
            if (stored > 0) {
                int last = Math.floorMod(next - 1, memory);
                gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
            } else {
                double norm = Math.sqrt(dot(g, g));
                gamma = norm > 0 ? 1 / norm : 1;
            }
            for (int i = 0; i < n; i++) {
                direction[i] *= gamma;
            }
            for (int k = stored - 1; k >= 0; k--) {
                int i = Math.floorMod(next - 1 - k, memory);
                double beta = rho[i] * dot(y[i], direction);
                axpy(alpha[i] - beta, s[i], direction);
            }
            for (int i = 0; i < n; i++) {
                direction[i] = -direction[i];
            }
            double slope = dot(g, direction);
            if (slope >= 0) {
                // Not a descent direction (numerical trouble): restart from the gradient.
                for (int i = 0; i < n; i++) {
                    direction[i] = -g[i];
                }
                slope = -dot(g, g);
                stored = 0;
            }
            double step = 1;
            double newValue;
            int tries = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    candidate[i] = x[i] + step * direction[i];
                }
                newValue = f.evaluate(candidate, candidateGradient);
                if (newValue <= value + 1e-4 * step * slope || ++tries > 40) {
                    break;
                }
                step *= 0.5;
            }
            if (tries > 40) {
                return value;
            }
            double[] sNew = s[next] == null ? new double[n] : s[next];
            double[] yNew = y[next] == null ? new double[n] : y[next];
            for (int i = 0; i < n; i++) {
                sNew[i] = candidate[i] - x[i];
                yNew[i] = candidateGradient[i] - g[i];
            }
            double sy = dot(sNew, yNew);
            System.arraycopy(candidate, 0, x, 0, n);
            System.arraycopy(candidateGradient, 0, g, 0, n);
            double improvement = value - newValue;
            value = newValue;
            if (sy > 1e-12) {
                s[next] = sNew;
                y[next] = yNew;
                rho[next] = 1 / sy;
                next = (next + 1) % memory;
                stored = Math.min(stored + 1, memory);
            } else if (stored == memory) {
                // The oldest pair's arrays were overwritten above: it is gone.
                stored--;
            }
            if (improvement < tolerance * Math.max(1, Math.abs(value))) {
                break;
            }
        }
        return value;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}

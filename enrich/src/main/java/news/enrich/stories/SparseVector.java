package news.enrich.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse vector over term and entity keys, its components in a fixed order (heaviest first, ties by key) so that
 * every computation over it, and its JSON form, is the same wherever it is rebuilt. Immutable.
 */
record SparseVector(List<Weight> weights) {
    static final Comparator<Weight> HEAVIEST_FIRST = Comparator.comparingDouble((Weight w) -> -w.weight())
            .thenComparing(Weight::key);

    SparseVector {
        weights = List.copyOf(weights);
    }

    static SparseVector of(Map<String, Double> weights) {
        var list = new ArrayList<Weight>(weights.size());
        weights.forEach((key, weight) -> {
            if (weight > 0) {
                list.add(new Weight(key, weight));
            }
        });
        list.sort(HEAVIEST_FIRST);
        return new SparseVector(list);
    }

    double norm() {
        double sum = 0;
        for (Weight w : weights) {
            sum += w.weight() * w.weight();
        }
        return Math.sqrt(sum);
    }

    SparseVector unit() {
        double norm = norm();
        return norm == 0 ? this : new SparseVector(weights.stream().map(w -> new Weight(w.key(), w.weight() / norm))
                .toList());
    }

    /** The heaviest {@code n} components. */
    SparseVector top(int n) {
        return weights.size() <= n ? this : new SparseVector(weights.subList(0, n));
    }

    SparseVector plus(SparseVector other) {
        var sum = new HashMap<String, Double>();
        weights.forEach(w -> sum.merge(w.key(), w.weight(), Double::sum));
        other.weights.forEach(w -> sum.merge(w.key(), w.weight(), Double::sum));
        return of(sum);
    }
}

package news.measure.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed clustering scores (Bagga and Baldwin 1998): per item, precision is the share of its predicted cluster that
 * shares its gold cluster and recall the share of its gold cluster that shares its predicted cluster; both are
 * averaged over items, and F1 = 2PR/(P+R).
 */
public record BCubed(double precision, double recall, double f1) {

    /** {@code predicted.get(i)} and {@code gold.get(i)} are item i's cluster labels. */
    public static BCubed score(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException(predicted.size() + " predictions for " + gold.size() + " items");
        }
        if (gold.isEmpty()) {
            return new BCubed(0, 0, 0);
        }
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            predictedSizes.merge(predicted.get(i), 1, Integer::sum);
            goldSizes.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < gold.size(); i++) {
            double shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            precision += shared / predictedSizes.get(predicted.get(i));
            recall += shared / goldSizes.get(gold.get(i));
        }
        precision /= gold.size();
        recall /= gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubed(precision, recall, f1);
    }
}

package news.measure.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an extracted article body against the true one the way the article-extraction benchmark's evaluation
 * does, so our figures compare with the published ones:
 * <ul>
 *   <li>tokens are maximal runs of word characters (letters, digits of any script, underscore), case kept;</li>
 *   <li>shingles are runs of 4 consecutive tokens; a text of 1 to 3 tokens is one shorter shingle, an empty text
 *       has none;</li>
 *   <li>per page, true positives, false positives and false negatives are counted over the two shingle multisets;</li>
 *   <li>precision is averaged over the pages that predicted something (tp + fp &gt; 0), recall over the pages whose
 *       truth has text (tp + fn &gt; 0), and F1 = 2PR / (P + R) of the two averages.</li>
 * </ul>
 * A page scores precision 1 and recall 1 when nothing differs (fp = fn = 0).
 */
public final class ShingleScorer {
    static final int SHINGLE_TOKENS = 4;

    private ShingleScorer() {
    }

    /**
     * One page's shingle counts, normalised to sum to 1 so long pages weigh no more than short ones (the ratios,
     * and so precision and recall, do not change).
     *
     * @param exact whether the two texts have the same tokens
     */
    public record PageScore(double tp, double fp, double fn, boolean exact) {
        public boolean hasPrediction() {
            return tp + fp > 0;
        }

        public boolean hasTruth() {
            return tp + fn > 0;
        }

        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Scores over a set of pages.
     *
     * @param accuracy the share of pages whose prediction has exactly the true tokens
     */
    public record Summary(double precision, double recall, double f1, double accuracy, int pages) {
    }

    public static PageScore score(String truth, String prediction) {
        List<String> trueTokens = tokens(truth);
        List<String> predictedTokens = tokens(prediction);
        Map<List<String>, Integer> trueShingles = shingles(trueTokens);
        Map<List<String>, Integer> predictedShingles = shingles(predictedTokens);
        Set<List<String>> keys = new HashSet<>(trueShingles.keySet());
        keys.addAll(predictedShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = trueShingles.getOrDefault(key, 0);
            int p = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new PageScore(tp, fp, fn, trueTokens.equals(predictedTokens));
    }

    public static Summary summarise(List<PageScore> pages) {
        double precision = 0;
        int predicted = 0;
        double recall = 0;
        int withTruth = 0;
        int exact = 0;
        for (PageScore page : pages) {
            if (page.hasPrediction()) {
                precision += page.precision();
                predicted++;
            }
            if (page.hasTruth()) {
                recall += page.recall();
                withTruth++;
            }
            if (page.exact()) {
                exact++;
            }
        }
        precision = predicted == 0 ? 0 : precision / predicted;
        recall = withTruth == 0 ? 0 : recall / withTruth;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }

    /** Maximal runs of word characters. */
    public static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (isWordCharacter(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Letters and numbers of any script and the underscore: what a Unicode {@code \w} matches in the benchmark. */
    static boolean isWordCharacter(int codePoint) {
        if (codePoint == '_') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        var shingles = new HashMap<List<String>, Integer>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        int count = Math.max(1, tokens.size() - SHINGLE_TOKENS + 1);
        for (int i = 0; i < count; i++) {
            shingles.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_TOKENS))), 1,
                    Integer::sum);
        }
        return shingles;
    }
}

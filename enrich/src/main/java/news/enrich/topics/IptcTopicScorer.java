package news.enrich.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.enrich.topics.TermLexicon.Term;
import news.enrich.topics.TopicModel.Calibration;
import news.events.Entity;
import news.events.TopicScore;

/**
 * Scores an article on IPTC Media Topics with a {@link TopicModel}. Every top-level topic gets a probability from
 * the term lexicon through the model's calibration; where the model has a classifier output for the topic, the
 * calibrated classifier probability is combined with it by noisy-or (either piece of evidence can make the article
 * about the topic: the classifier knows its training corpus well, the lexicon covers what the corpus never shows).
 * A second-level topic scores its parent's probability times its own probability given the parent, found the same
 * way. The article carries the topics scoring at least the threshold, always its best
 * top-level topic, at most {@code maxTopics}, best first; a second-level topic only together with its parent.
 * Evidence lists the words and bigrams that weigh most for the topic in the classifier, then the lexicon terms
 * found. The entities are not used yet: their names are part of the text the scorer reads anyway. Immutable and
 * thread-safe.
 */
public final class IptcTopicScorer implements TopicScorer {
    private static final int EVIDENCE = 5;
    private static final int MODEL_EVIDENCE = 3;
    /** Keeps the classifier's log-odds finite: a probability of exactly 0 or 1 says nothing more than these. */
    private static final double MIN_PROBABILITY = 1e-6;

    private final TopicModel model;
    private final double threshold;
    private final int maxTopics;
    private final List<MediaTopic> topics;
    private final int[] classOf;
    private final int[] subOf;
    private final int[] topLevel;
    private final int[][] children;

    /**
     * @param threshold a topic is carried when its score reaches this (0..1); the best top-level topic always is
     * @param maxTopics the most topics carried, at least 1
     */
    public IptcTopicScorer(TopicModel model, double threshold, int maxTopics) {
        if (!(threshold >= 0 && threshold <= 1) || maxTopics < 1) {
            throw new IllegalArgumentException("threshold must be in 0..1 and maxTopics at least 1");
        }
        this.model = model;
        this.threshold = threshold;
        this.maxTopics = maxTopics;
        this.topics = model.topics();
        classOf = indexOf(model.classTopics(), topics.size());
        subOf = indexOf(model.subTopics(), topics.size());
        topLevel = java.util.stream.IntStream.range(0, topics.size()).filter(i -> topics.get(i).level() == 1).toArray();
        children = new int[topics.size()][];
        for (int i = 0; i < topics.size(); i++) {
            int parent = i;
            children[i] = java.util.stream.IntStream.range(0, topics.size())
                    .filter(j -> topics.get(j).parent() == parent).toArray();
        }
    }

    private static int[] indexOf(int[] topicsOfOutputs, int size) {
        int[] index = new int[size];
        Arrays.fill(index, -1);
        for (int k = 0; k < topicsOfOutputs.length; k++) {
            // -1: an output for "none of the classifier's topics", which no topic takes.
            if (topicsOfOutputs[k] >= 0) {
                index[topicsOfOutputs[k]] = k;
            }
        }
        return index;
    }

    public TopicModel model() {
        return model;
    }

    @Override
    public List<TopicScore> score(String title, String body, List<Entity> entities) {
        Scores scores = scoreAll(title, body);
        var chosen = new ArrayList<Integer>();
        int best = -1;
        for (int top : topLevel) {
            if (best < 0 || scores.probability[top] > scores.probability[best]) {
                best = top;
            }
        }
        for (int top : topLevel) {
            if (top != best && scores.probability[top] < threshold) {
                continue;
            }
            chosen.add(top);
            for (int child : children[top]) {
                if (scores.probability[child] >= threshold) {
                    chosen.add(child);
                }
            }
        }
        chosen.sort(Comparator.comparingDouble((Integer i) -> -scores.probability[i]).thenComparing(i -> i));
        var result = new ArrayList<TopicScore>(Math.min(maxTopics, chosen.size()));
        for (int i : chosen) {
            if (result.size() == maxTopics) {
                break;
            }
            MediaTopic topic = topics.get(i);
            result.add(new TopicScore(topic.code(), topic.uri(), topic.label(), topic.level(),
                    Math.round(scores.probability[i] * 10000) / 10000.0, evidence(scores, i)));
        }
        return result;
    }

    /**
     * The probability of every topic the model knows, index for index with {@link TopicModel#topics()}, and what
     * they rest on.
     */
    public Scores scoreAll(String title, String body) {
        TopicText titleText = TopicText.of(title);
        TopicText bodyText = TopicText.of(body);
        FeatureVector features = FeatureVector.of(titleText, bodyText);
        int[] classifierSlots = new int[features.size()];
        double[] classProbabilities = softmax(model.classifier().scores(features, classifierSlots));
        int[] subSlots = model.subClassifier() == null ? null : new int[features.size()];
        double[] subProbabilities = model.subClassifier() == null ? new double[0]
                : sigmoid(model.subClassifier().scores(features, subSlots));
        TermLexicon.Matches matches = model.lexicon().match(titleText, bodyText);
        double[] lexical = new double[topics.size()];
        List<Term> terms = model.lexicon().terms();
        for (int m = 0; m < matches.size(); m++) {
            Term term = terms.get(matches.terms()[m]);
            double occurrences = 1 + Math.log(matches.counts()[m]);
            for (int p = 0; p < term.topics().length; p++) {
                lexical[term.topics()[p]] += term.weights()[p] * occurrences;
            }
        }
        int length = titleText.size() * FeatureVector.TITLE_WEIGHT + bodyText.size();
        // The lexicon mass of all top-level topics, and of each topic's children.
        double topMass = 0;
        double[] childMass = new double[topics.size()];
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).level() == 1) {
                topMass += lexical[i];
            } else {
                childMass[topics.get(i).parent()] += lexical[i];
            }
        }
        Calibration calibration = model.calibration();
        double[] probability = new double[topics.size()];
        for (int i = 0; i < topics.size(); i++) {
            MediaTopic topic = topics.get(i);
            if (topic.level() == 1) {
                double terms1 = Calibration.probability(calibration.lexical(),
                        lexicalFeatures(lexical[i], topMass, length));
                probability[i] = classOf[i] >= 0
                        ? either(Calibration.probability(calibration.trained(),
                        logit(classProbabilities[classOf[i]])), terms1)
                        : terms1;
            } else {
                double terms2 = Calibration.probability(calibration.subLexical(),
                        lexicalFeatures(lexical[i], childMass[topic.parent()], length));
                double given = subOf[i] >= 0
                        ? either(Calibration.probability(calibration.sub(), logit(subProbabilities[subOf[i]])), terms2)
                        : terms2;
                probability[i] = probability[topic.parent()] * given;
            }
        }
        return new Scores(probability, classProbabilities, subProbabilities, lexical, length, features, matches,
                classifierSlots, subSlots);
    }

    /**
     * The lexicon features of a topic: {@code ln(1 + S)}, {@code ln(1 + 100 S / (L + 50))} and {@code S / (T + 1)},
     * S the summed weights of its terms found, T the same summed over the topic and its peers (all top-level topics,
     * or the children of the same parent), L the article's length in words (title words counted as in the
     * features).
     */
    public static double[] lexicalFeatures(double sum, double peers, int length) {
        return new double[] {Math.log1p(sum), Math.log1p(100 * sum / (length + 50)), sum / (peers + 1)};
    }

    /** The probability that at least one of two independent pieces of evidence holds (noisy-or). */
    public static double either(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    /**
     * What one article scored.
     *
     * @param probability      per topic of the model
     * @param classProbability the classifier's softmax over its top-level classes
     * @param subProbability   the second-level classifier's outputs (each 0..1)
     * @param lexical          per topic, the summed weights of the lexicon terms found
     * @param length           words, title words counted as in the features
     */
    public record Scores(double[] probability, double[] classProbability, double[] subProbability, double[] lexical,
                         int length, FeatureVector features, TermLexicon.Matches matches, int[] classifierSlots,
                         int[] subSlots) {
    }

    private List<String> evidence(Scores scores, int topic) {
        Set<String> evidence = new LinkedHashSet<>();
        if (classOf[topic] >= 0) {
            evidence.addAll(modelEvidence(model.classifier(), scores.features(), scores.classifierSlots(),
                    classOf[topic]));
        } else if (subOf[topic] >= 0) {
            evidence.addAll(modelEvidence(model.subClassifier(), scores.features(), scores.subSlots(), subOf[topic]));
        }
        List<Term> terms = model.lexicon().terms();
        TermLexicon.Matches matches = scores.matches();
        var found = new ArrayList<double[]>();
        for (int m = 0; m < matches.size(); m++) {
            Term term = terms.get(matches.terms()[m]);
            for (int p = 0; p < term.topics().length; p++) {
                if (term.topics()[p] == topic) {
                    found.add(new double[] {matches.terms()[m], term.weights()[p] * (1 + Math.log(matches.counts()[m]))});
                }
            }
        }
        found.sort(Comparator.comparingDouble((double[] f) -> -f[1]).thenComparingDouble(f -> f[0]));
        for (double[] f : found) {
            if (evidence.size() >= EVIDENCE) {
                break;
            }
            evidence.add(terms.get((int) f[0]).text());
        }
        return List.copyOf(evidence);
    }

    /**
     * The features that push the article most towards output {@code k} against the model's other outputs; words of
     * fewer than three letters are left out (they are mostly fragments such as the "o" of "O'Neill").
     */
    private static List<String> modelEvidence(LinearModel classifier, FeatureVector features, int[] slots, int k) {
        int classes = classifier.classes();
        int[] bestIndex = new int[MODEL_EVIDENCE];
        double[] bestValue = new double[MODEL_EVIDENCE];
        Arrays.fill(bestIndex, -1);
        for (int i = 0; i < features.size(); i++) {
            int slot = slots[i];
            if (slot < 0) {
                continue;
            }
            double others = 0;
            for (int j = 0; j < classes; j++) {
                others += j == k ? 0 : classifier.weight(slot, j);
            }
            double margin = classes == 1 ? classifier.weight(slot, k) : classifier.weight(slot, k) - others / (classes - 1);
            double contribution = margin * features.value(i) * classifier.scale(slot);
            if (contribution <= 0 || contribution <= bestValue[MODEL_EVIDENCE - 1] && bestIndex[MODEL_EVIDENCE - 1] >= 0
                    || features.term(i).length() < 3) {
                continue;
            }
            for (int place = 0; place < MODEL_EVIDENCE; place++) {
                if (bestIndex[place] < 0 || contribution > bestValue[place]) {
                    for (int move = MODEL_EVIDENCE - 1; move > place; move--) {
                        bestIndex[move] = bestIndex[move - 1];
                        bestValue[move] = bestValue[move - 1];
                    }
                    bestIndex[place] = i;
                    bestValue[place] = contribution;
                    break;
                }
            }
        }
        var terms = new ArrayList<String>();
        for (int index : bestIndex) {
            if (index >= 0) {
                terms.add(features.term(index));
            }
        }
        return terms;
    }

    private static double logit(double p) {
        double clipped = Math.min(1 - MIN_PROBABILITY, Math.max(MIN_PROBABILITY, p));
        return Math.log(clipped / (1 - clipped));
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int k = 0; k < scores.length; k++) {
            p[k] = Math.exp(scores[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < scores.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static double[] sigmoid(double[] scores) {
        double[] p = new double[scores.length];
        for (int k = 0; k < scores.length; k++) {
            p[k] = 1 / (1 + Math.exp(-scores[k]));
        }
        return p;
    }
}

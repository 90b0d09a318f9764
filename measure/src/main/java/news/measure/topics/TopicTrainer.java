package news.measure.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import news.enrich.topics.FeatureVector;
import news.enrich.topics.IptcTopicScorer;
import news.enrich.topics.LinearModel;
import news.enrich.topics.MediaTopic;
import news.enrich.topics.TermLexicon;
import news.enrich.topics.TermLexicon.Term;
import news.enrich.topics.TopicModel;
import news.enrich.topics.TopicModel.Calibration;
import news.enrich.topics.TopicText;
import news.measure.extract.EvalInputException;
import news.measure.topics.IptcTaxonomy.Concept;

/**
 * Trains the topic model from labelled corpora and the IPTC taxonomy:
 * <ol>
 * <li>the top-level classifier, a multinomial logistic regression over hashed words and bigrams
 * ({@link FeatureVector}, TF-IDF), on the training part of a corpus in the BBC layout ({@link CorpusSplit}) and on
 * the IPTC descriptions of the topics (label and definition of every concept under a top-level topic, as short
 * examples of that topic's class, or of an extra class "other" for topics the corpus has no class for); its L2
 * penalty chosen by cross-validated accuracy, then log-loss;</li>
 * <li>the term lexicon from the taxonomy ({@link LexiconBuilder});</li>
 * <li>the calibration of the top-level topics, logistic regressions fitted on the cross-validated (out-of-fold)
 * classifier outputs and lexicon features of the training articles, one for topics with a classifier output and
 * one on lexicon features alone for the others;</li>
 * <li>optionally, the second-level classifier for economy, independent logistic regressions on the Reuters-21578
 * ModApte training stories, with their calibration likewise, which also calibrates the lexicon for every other
 * second-level topic;</li>
 * <li>the threshold that separates "about" from "mentions": the lowest at which at least nine in ten carried
 * top-level topics are the article's class, out of fold.</li>
 * </ol>
 * Deterministic: the same inputs give the same model, byte for byte.
 */
public final class TopicTrainer {
    /** The L2 penalties tried; the best by cross-validated accuracy, then log-loss, is used. */
    static final double[] PENALTIES = {3e-7, 1e-6, 3e-6, 1e-5, 3e-5};
    /** A feature must occur in this many training articles to get a weight. */
    static final int MIN_DOCUMENTS = 2;
    static final int SUB_MIN_DOCUMENTS = 3;
    private static final double CALIBRATION_PENALTY = 1e-4;
    /**
     * The weight of all the descriptions of one top-level topic (or of "other") as training examples together,
     * against 1 for a corpus article: they teach the classifier the vocabulary of a topic beyond the corpus
     * ("diplomacy" for politics) and what none of its classes looks like, without letting the large subtrees (sport
     * has hundreds of concepts) outweigh the articles. Measured on the training part (cross-validated accuracy of
     * the classifier, then top-1 over the 17 topics at base rate 1/17): no descriptions 0.979 / 0.972, but the
     * seeds' diplomacy comes out as business and weather articles as economy; 0.5 per description 0.967 / 0.959;
     * "other" only 0.974 / 0.967, seed 002 still business; 10 per topic 0.975 / 0.965; 20 per topic 0.974 / 0.965,
     * the seeds' politics first. 20 is used.
     */
    static final double PSEUDO_WEIGHT_PER_TOPIC = 20;
    /** The smallest share of carried top-level topics that must be the corpus class, out of fold. */
    static final double MIN_PRECISION = 0.9;
    /**
     * The share of (article, top-level topic) pairs where the article is about the topic, for the lexicon's
     * calibration: one in this many. The corpus has one in five (its classes); across the taxonomy's 17 topics it
     * is at most one in 17, and the lexicon tells mentions from aboutness less well than the classifier, so its
     * prior is set lower. Chosen by cross-validated top-1 accuracy over the 17 topics on the training part of the
     * BBC set: 1/17 0.9652, 1/34 0.9688, 1/68 0.9702 (the last carries hardly any second topic: 1.03 per article).
     */
    static final int TOP_LEVEL_BASE_RATE = 34;
    /** Likewise for second-level topics given their parent (the taxonomy has about seven per parent). */
    static final int SECOND_LEVEL_BASE_RATE = 7;

    /** What to train from. {@code reuters} may be empty; then the model has no second-level classifier. */
    public record Inputs(List<LabelledArticle> bbc, Map<String, List<String>> bbcClasses,
                         List<ReutersCorpus.Story> reuters, Map<String, List<String>> reutersTopics,
                         IptcTaxonomy taxonomy, List<String[]> extraTerms, CorpusSplit split, String command) {
    }

    /** The model and what was measured on the way. */
    public record Result(TopicModel model, double threshold, List<String> report) {
    }

    private final Consumer<String> progress;
    private final List<String> report = new ArrayList<>();

    /** @param progress receives a line whenever a step is done */
    public TopicTrainer(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result train(Inputs in) throws EvalInputException {
        // The assignable topics: levels 1 and 2, parents first.
        var topics = new ArrayList<MediaTopic>();
        var topicIndex = new LinkedHashMap<String, Integer>();
        for (Concept c : in.taxonomy().concepts()) {
            if (c.level() == 1) {
                topicIndex.put(c.code(), topics.size());
                topics.add(new MediaTopic(c.code(), c.label(), 1, -1));
            }
        }
        for (Concept c : in.taxonomy().concepts()) {
            if (c.level() == 2) {
                topicIndex.put(c.code(), topics.size());
                topics.add(new MediaTopic(c.code(), c.label(), 2, topicIndex.get(c.parent())));
            }
        }
        if (topics.isEmpty()) {
            throw new EvalInputException("the taxonomy has no top-level topics");
        }

        // Top-level classes: the distinct codes the corpus classes stand for.
        var classCodes = new TreeSet<String>();
        for (LabelledArticle a : in.bbc()) {
            classCodes.add(classCode(in.bbcClasses(), a.labels().get(0), topicIndex));
        }
        List<String> codes = List.copyOf(classCodes);
        int classes = codes.size();
        if (classes < 2) {
            throw new EvalInputException("the corpus needs at least two classes, not " + classes);
        }
        // One more output, "other", for articles about none of those: the classifier learns it from the IPTC
        // descriptions of the other top-level topics (see pseudoDocuments).
        int[] classTopics = java.util.stream.IntStream.concat(codes.stream().mapToInt(topicIndex::get),
                java.util.stream.IntStream.of(-1)).toArray();
        int outputs = classes + 1;

        var train = new ArrayList<LabelledArticle>();
        int heldOut = 0;
        for (LabelledArticle a : in.bbc()) {
            if (in.split().heldOut(a.title())) {
                heldOut++;
            } else {
                train.add(a);
            }
        }
        note(String.format(Locale.ROOT, "corpus: %d articles, %d for training, %d held out (%d%% by headline hash)",
                in.bbc().size(), train.size(), heldOut, in.split().heldOutPercent()));
        int[] labels = new int[train.size()];
        int[] folds = new int[train.size()];
        var vectors = new ArrayList<FeatureVector>(train.size());
        for (int i = 0; i < train.size(); i++) {
            LabelledArticle a = train.get(i);
            labels[i] = codes.indexOf(classCode(in.bbcClasses(), a.labels().get(0), topicIndex));
            folds[i] = in.split().fold(a.title());
            vectors.add(features(a));
        }

        var pseudoVectors = new ArrayList<FeatureVector>();
        var pseudoLabels = new ArrayList<Integer>();
        pseudoDocuments(in.taxonomy(), in.extraTerms(), codes, pseudoVectors, pseudoLabels);
        note(String.format(Locale.ROOT, "classifier: %d descriptions of IPTC topics as extra examples (weighing %.0f "
                + "articles per class), %d of them for \"other\"", pseudoVectors.size(), PSEUDO_WEIGHT_PER_TOPIC,
                pseudoLabels.stream().filter(l -> l == classes).count()));

        // 1. The penalty by cross-validated log-loss; its out-of-fold probabilities feed the calibration.
        double bestPenalty = Double.NaN;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestCorrect = -1;
        double[][] outOfFold = null;
        for (double penalty : PENALTIES) {
            double[][] probabilities = crossValidateSoftmax(vectors, labels, folds, pseudoVectors, pseudoLabels,
                    outputs, penalty, in.split().folds());
            double loss = 0;
            int correct = 0;
            for (int i = 0; i < labels.length; i++) {
                loss -= Math.log(Math.max(1e-12, probabilities[i][labels[i]]));
                correct += argmax(probabilities[i]) == labels[i] ? 1 : 0;
            }
            loss /= labels.length;
            note(String.format(Locale.ROOT, "classifier, penalty %.0e: cross-validated accuracy %.4f, log-loss %.4f",
                    penalty, correct / (double) labels.length, loss));
            // Accuracy first (it is what the classifier is for), then log-loss: the loss alone keeps asking for
            // less regularisation long after accuracy has stopped improving.
            if (correct > bestCorrect || correct == bestCorrect && loss < bestLoss) {
                bestCorrect = correct;
                bestLoss = loss;
                bestPenalty = penalty;
                outOfFold = probabilities;
            }
        }
        note(String.format(Locale.ROOT, "classifier: penalty %.0e chosen (best accuracy, then log-loss)", bestPenalty));
        LinearModel classifier = fitSoftmax(vectors, labels, pseudoVectors, pseudoLabels, outputs, bestPenalty);
        note(String.format(Locale.ROOT, "classifier: %d features x %d outputs", classifier.features(), outputs));

        // 2. The lexicon, with term rarity over the training articles of both corpora.
        var reutersTrain = new ArrayList<LabelledArticle>();
        var reutersTest = new ArrayList<LabelledArticle>();
        splitReuters(in, reutersTrain, reutersTest);
        var background = new ArrayList<String[]>();
        train.forEach(a -> background.add(new String[] {a.title(), a.body()}));
        reutersTrain.forEach(a -> background.add(new String[] {a.title(), a.body()}));
        TermLexicon lexicon = LexiconBuilder.build(in.taxonomy(), topicIndex, in.extraTerms(), background);
        note(String.format(Locale.ROOT, "lexicon: %d terms from %d IPTC concepts and %d of newsflow's own, rarity over"
                + " %d articles", lexicon.terms().size(), in.taxonomy().concepts().size(), in.extraTerms().size(),
                background.size()));

        // 3. Top-level calibration on the out-of-fold outputs.
        double[][] lexical = new double[train.size()][];
        double[] lengths = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            lexical[i] = lexicalSums(lexicon, train.get(i), topics.size());
            lengths[i] = length(train.get(i));
        }
        var trainedRows = new ArrayList<double[]>();
        var lexicalRows = new ArrayList<double[]>();
        var calibrationLabels = new ArrayList<Boolean>();
        for (int i = 0; i < train.size(); i++) {
            for (int k = 0; k < classes; k++) {
                trainedRows.add(new double[] {logit(outOfFold[i][k])});
                lexicalRows.add(IptcTopicScorer.lexicalFeatures(lexical[i][classTopics[k]], topMass(lexical[i], topics),
                        (int) lengths[i]));
                calibrationLabels.add(labels[i] == k);
            }
        }
        boolean[] truth = toBooleans(calibrationLabels);
        double[] trainedCalibration = LinearTrainer.logistic(trainedRows.toArray(double[][]::new), truth,
                CALIBRATION_PENALTY);
        double[] lexicalCalibration = LinearTrainer.logistic(lexicalRows.toArray(double[][]::new), truth,
                CALIBRATION_PENALTY);
        note("calibration, classifier topics: " + format(trainedCalibration));
        note(String.format(Locale.ROOT, "calibration, lexicon: %s (alone, it picks the class of %.3f of the training "
                + "articles)", format(lexicalCalibration), lexiconAccuracy(lexical, lengths, labels, classTopics,
                lexicalCalibration, topics)));
        // Fitted where every article is about one of `classes` topics; across the taxonomy an article is about
        // far fewer of the topics, so the base rate in the bias is moved to one in TOP_LEVEL_BASE_RATE.
        lexicalCalibration[0] += logit(1.0 / TOP_LEVEL_BASE_RATE) - logit(1.0 / classes);
        note("calibration, lexicon, base rate 1/" + TOP_LEVEL_BASE_RATE + ": " + format(lexicalCalibration));

        // 4. Second level: economy from Reuters.
        LinearModel subClassifier = null;
        int[] subTopics = new int[0];
        // Without a second-level corpus: no classifier output, and the lexicon alone with a cautious prior.
        double[] subCalibration = {-10, 0};
        double[] subLexicalCalibration = {-3, 0, 0, 0};
        if (!reutersTrain.isEmpty()) {
            var subCodes = new TreeSet<String>();
            in.reutersTopics().values().forEach(subCodes::addAll);
            for (String code : subCodes) {
                if (!topicIndex.containsKey(code) || topics.get(topicIndex.get(code)).level() != 2) {
                    throw new EvalInputException(TopicTables.REUTERS_TOPICS + ": " + code
                            + " is not a second-level topic of the taxonomy");
                }
            }
            List<String> subList = List.copyOf(subCodes);
            subTopics = subList.stream().mapToInt(topicIndex::get).toArray();
            Sub sub = trainSub(in, reutersTrain, reutersTest, subList, subTopics, lexicon, topics);
            subClassifier = sub.model;
            subCalibration = sub.calibration;
            subLexicalCalibration = sub.lexicalCalibration;
        }

        var calibration = new Calibration(trainedCalibration, lexicalCalibration, subCalibration, subLexicalCalibration);

        // 5. The threshold, from the out-of-fold top-level probabilities.
        double threshold = chooseThreshold(outOfFold, lexical, lengths, labels, classTopics, topics, calibration);

        var ids = new ArrayList<byte[]>();
        var seen = new HashSet<String>();
        for (LabelledArticle a : train) {
            if (seen.add(a.id())) {
                ids.add(HexFormat.of().parseHex(a.id()));
            }
        }
        for (LabelledArticle a : reutersTrain) {
            if (seen.add(a.id())) {
                ids.add(HexFormat.of().parseHex(a.id()));
            }
        }
        String description = "newsflow topic model. Top-level classifier trained on " + train.size()
                + " articles of the BBC News data set (D. Greene and P. Cunningham, ICML 2006; content owned by the"
                + " BBC, research use), the " + (100 - in.split().heldOutPercent()) + "% not held out by headline"
                + " hash; " + (reutersTrain.isEmpty() ? "no second-level classifier"
                : "second-level economy classifier trained on " + reutersTrain.size()
                + " Reuters-21578 Distribution 1.0 ModApte training stories (Reuters Ltd. and Carnegie Group,"
                + " research use)") + "; term lexicon from " + IptcTaxonomy.ATTRIBUTION + ". Rebuild: "
                + in.command();
        TopicModel model = new TopicModel(description, topics, classifier, classTopics, subClassifier, subTopics,
                lexicon, calibration, ids.toArray(byte[][]::new));
        return new Result(model, threshold, List.copyOf(report));
    }

    private record Sub(LinearModel model, double[] calibration, double[] lexicalCalibration) {
    }

    private Sub trainSub(Inputs in, List<LabelledArticle> train, List<LabelledArticle> test, List<String> codes,
                         int[] subTopics, TermLexicon lexicon, List<MediaTopic> topics) {
        int topicCount = topics.size();
        int k = codes.size();
        boolean[][] labels = new boolean[train.size()][];
        int[] folds = new int[train.size()];
        var vectors = new ArrayList<FeatureVector>();
        for (int i = 0; i < train.size(); i++) {
            labels[i] = subLabels(in.reutersTopics(), train.get(i), codes);
            folds[i] = in.split().fold(train.get(i).title() + "\n" + train.get(i).body());
            vectors.add(features(train.get(i)));
        }
        double bestPenalty = Double.NaN;
        double bestLoss = Double.POSITIVE_INFINITY;
        double[][] outOfFold = null;
        for (double penalty : PENALTIES) {
            double[][] probabilities = new double[train.size()][];
            for (int f = 0; f < in.split().folds(); f++) {
                int fold = f;
                int[] fit = indexes(folds, x -> x != fold);
                int[] held = indexes(folds, x -> x == fold);
                SparseSet data = SparseSet.of(pick(vectors, fit), SUB_MIN_DOCUMENTS);
                LinearModel model = LinearTrainer.sigmoids(data, pick(labels, fit), k, penalty);
                for (int i : held) {
                    probabilities[i] = sigmoid(model.scores(vectors.get(i)));
                }
            }
            double loss = 0;
            for (int i = 0; i < train.size(); i++) {
                for (int j = 0; j < k; j++) {
                    double p = Math.min(1 - 1e-12, Math.max(1e-12, probabilities[i][j]));
                    loss -= labels[i][j] ? Math.log(p) : Math.log(1 - p);
                }
            }
            loss /= train.size();
            note(String.format(Locale.ROOT, "economy second level, penalty %.0e: cross-validated log-loss %.4f",
                    penalty, loss));
            if (loss < bestLoss) {
                bestLoss = loss;
                bestPenalty = penalty;
                outOfFold = probabilities;
            }
        }
        LinearModel model = LinearTrainer.sigmoids(SparseSet.of(vectors, SUB_MIN_DOCUMENTS), labels, k, bestPenalty);
        note(String.format(Locale.ROOT, "economy second level: penalty %.0e, %d features x %d topics, %d stories",
                bestPenalty, model.features(), k, train.size()));

        var rows = new ArrayList<double[]>();
        var lexicalRows = new ArrayList<double[]>();
        var truth = new ArrayList<Boolean>();
        int positives = 0;
        for (int i = 0; i < train.size(); i++) {
            double[] sums = lexicalSums(lexicon, train.get(i), topicCount);
            int length = (int) length(train.get(i));
            for (int j = 0; j < k; j++) {
                rows.add(new double[] {logit(outOfFold[i][j])});
                lexicalRows.add(IptcTopicScorer.lexicalFeatures(sums[subTopics[j]],
                        childMass(sums, topics, topics.get(subTopics[j]).parent()), length));
                truth.add(labels[i][j]);
                positives += labels[i][j] ? 1 : 0;
            }
        }
        boolean[] t = toBooleans(truth);
        double[] calibration = LinearTrainer.logistic(rows.toArray(double[][]::new), t, CALIBRATION_PENALTY);
        double[] lexicalCalibration = LinearTrainer.logistic(lexicalRows.toArray(double[][]::new), t,
                CALIBRATION_PENALTY);
        note("calibration, economy second level: " + format(calibration));
        note("calibration, second-level lexicon: " + format(lexicalCalibration));
        double rate = positives / (double) t.length;
        lexicalCalibration[0] += logit(1.0 / SECOND_LEVEL_BASE_RATE) - logit(rate);
        note(String.format(Locale.ROOT, "calibration, second-level lexicon, base rate %.3f moved to 1/%d: %s", rate,
                SECOND_LEVEL_BASE_RATE, format(lexicalCalibration)));

        // ModApte test: F1 of each second-level topic at probability 0.5 given economy.
        int[] tp = new int[k];
        int[] fp = new int[k];
        int[] fn = new int[k];
        for (LabelledArticle a : test) {
            boolean[] gold = subLabels(in.reutersTopics(), a, codes);
            double[] p = sigmoid(model.scores(features(a)));
            double[] sums = lexicalSums(lexicon, a, topicCount);
            int length = (int) length(a);
            for (int j = 0; j < k; j++) {
                boolean predicted = IptcTopicScorer.either(Calibration.probability(calibration, logit(p[j])),
                        Calibration.probability(lexicalCalibration,
                                IptcTopicScorer.lexicalFeatures(sums[subTopics[j]],
                                        childMass(sums, topics, topics.get(subTopics[j]).parent()), length))) >= 0.5;
                if (predicted && gold[j]) {
                    tp[j]++;
                } else if (predicted) {
                    fp[j]++;
                } else if (gold[j]) {
                    fn[j]++;
                }
            }
        }
        double macro = 0;
        for (int j = 0; j < k; j++) {
            double f1 = tp[j] == 0 ? 0 : 2.0 * tp[j] / (2.0 * tp[j] + fp[j] + fn[j]);
            macro += f1 / k;
            note(String.format(Locale.ROOT, "  ModApte test, %s: F1 %.3f (%d stories)", codes.get(j), f1, tp[j] + fn[j]));
        }
        note(String.format(Locale.ROOT, "economy second level on %d ModApte test stories: macro-F1 %.3f", test.size(),
                macro));
        return new Sub(model, calibration, lexicalCalibration);
    }

    private double chooseThreshold(double[][] outOfFold, double[][] lexical, double[] lengths, int[] labels,
                                   int[] classTopics, List<MediaTopic> topics, Calibration calibration) {
        int n = labels.length;
        // Every top-level topic's out-of-fold probability, as the scorer would compute it.
        int[] classOf = new int[topics.size()];
        Arrays.fill(classOf, -1);
        for (int k = 0; k < classTopics.length; k++) {
            if (classTopics[k] >= 0) {
                classOf[classTopics[k]] = k;
            }
        }
        double[][] p = new double[n][topics.size()];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < topics.size(); t++) {
                if (topics.get(t).level() != 1) {
                    continue;
                }
                double fromTerms = Calibration.probability(calibration.lexical(),
                        IptcTopicScorer.lexicalFeatures(lexical[i][t], topMass(lexical[i], topics), (int) lengths[i]));
                p[i][t] = classOf[t] >= 0 ? IptcTopicScorer.either(
                        Calibration.probability(calibration.trained(), logit(outOfFold[i][classOf[t]])), fromTerms)
                        : fromTerms;
            }
        }
        int correctTop = 0;
        var wrong = new java.util.TreeMap<String, Integer>();
        var extra = new java.util.TreeMap<String, Integer>();
        for (int i = 0; i < n; i++) {
            int top = argmax(p[i]);
            correctTop += top == classTopics[labels[i]] ? 1 : 0;
            if (top != classTopics[labels[i]]) {
                wrong.merge(topics.get(top).label(), 1, Integer::sum);
            }
            for (int t = 0; t < topics.size(); t++) {
                if (topics.get(t).level() == 1 && t != classTopics[labels[i]] && p[i][t] >= 0.5) {
                    extra.merge(topics.get(t).label(), 1, Integer::sum);
                }
            }
        }
        note("out of fold, the best topic where it is not the class: " + wrong);
        note("out of fold, topics over 0.5 besides the class: " + extra);
        note(String.format(Locale.ROOT, "calibrated, all %d top-level topics: cross-validated top-1 accuracy %.4f",
                topics.stream().filter(t -> t.level() == 1).count(), correctTop / (double) n));
        double best = Double.NaN;
        note("threshold  precision  recall  F1      topics/article (out of fold, gold = the corpus class)");
        for (int step = 10; step <= 90; step += 5) {
            double threshold = step / 100.0;
            int carried = 0;
            int right = 0;
            for (int i = 0; i < n; i++) {
                int top = argmax(p[i]);
                for (int t = 0; t < topics.size(); t++) {
                    if (topics.get(t).level() == 1 && (t == top || p[i][t] >= threshold)) {
                        carried++;
                        right += t == classTopics[labels[i]] ? 1 : 0;
                    }
                }
            }
            double precision = right / (double) carried;
            double recall = right / (double) n;
            double f1 = 2 * precision * recall / (precision + recall);
            note(String.format(Locale.ROOT, "  %.2f     %.4f     %.4f  %.4f  %.3f", threshold, precision, recall, f1,
                    carried / (double) n));
            if (Double.isNaN(best) && precision >= MIN_PRECISION) {
                best = threshold;
            }
        }
        // The corpus gives each article one class, so any second topic counts against precision here although
        // many are right (a court case in politics is also about crime): the F1 would always favour the highest
        // threshold. The threshold is instead the lowest one that keeps nine in ten carried topics the class.
        best = Double.isNaN(best) ? 0.9 : best;
        note(String.format(Locale.ROOT, "threshold: %.2f, the lowest with out-of-fold precision >= %.2f", best,
                MIN_PRECISION));
        return best;
    }

    private double[][] crossValidateSoftmax(List<FeatureVector> vectors, int[] labels, int[] folds,
                                            List<FeatureVector> pseudo, List<Integer> pseudoLabels, int outputs,
                                            double penalty, int foldCount) {
        double[][] probabilities = new double[labels.length][];
        for (int f = 0; f < foldCount; f++) {
            int fold = f;
            int[] fit = indexes(folds, x -> x != fold);
            int[] held = indexes(folds, x -> x == fold);
            int[] fitLabels = Arrays.stream(fit).map(i -> labels[i]).toArray();
            LinearModel model = fitSoftmax(pick(vectors, fit), fitLabels, pseudo, pseudoLabels, outputs, penalty);
            for (int i : held) {
                probabilities[i] = softmax(model.scores(vectors.get(i)));
            }
        }
        return probabilities;
    }

    /** The softmax classifier on corpus articles (weight 1) and topic descriptions ({@link #PSEUDO_WEIGHT}). */
    private static LinearModel fitSoftmax(List<FeatureVector> vectors, int[] labels, List<FeatureVector> pseudo,
                                          List<Integer> pseudoLabels, int outputs, double penalty) {
        var all = new ArrayList<>(vectors);
        all.addAll(pseudo);
        int[] allLabels = java.util.stream.IntStream.concat(Arrays.stream(labels),
                pseudoLabels.stream().mapToInt(Integer::intValue)).toArray();
        double[] weights = new double[all.size()];
        Arrays.fill(weights, 0, vectors.size(), 1);
        var counts = new HashMap<Integer, Integer>();
        pseudoLabels.forEach(l -> counts.merge(l, 1, Integer::sum));
        for (int i = 0; i < pseudo.size(); i++) {
            weights[vectors.size() + i] = PSEUDO_WEIGHT_PER_TOPIC / counts.get(pseudoLabels.get(i));
        }
        SparseSet data = SparseSet.of(all, MIN_DOCUMENTS);
        return LinearTrainer.softmax(data, allLabels, weights, outputs, penalty);
    }

    /**
     * Every active IPTC concept as a short example text (its label, then its definition) for the class of its
     * top-level topic, or for "other" (index {@code codes.size()}) when no corpus class stands for that topic;
     * likewise newsflow's own terms of each top-level topic, as one text per topic.
     */
    static void pseudoDocuments(IptcTaxonomy taxonomy, List<String[]> extraTerms, List<String> codes,
                                List<FeatureVector> vectors, List<Integer> labels) {
        var extra = new LinkedHashMap<String, StringBuilder>();
        Map<String, Concept> byCode = taxonomy.byCode();
        for (String[] row : extraTerms) {
            Concept concept = byCode.get(row[0]);
            if (concept != null) {
                extra.computeIfAbsent(taxonomy.top(concept).code(), k -> new StringBuilder()).append(row[1]).append(", ");
            }
        }
        for (Concept concept : taxonomy.concepts()) {
            int label = codes.indexOf(taxonomy.top(concept).code());
            labels.add(label < 0 ? codes.size() : label);
            vectors.add(FeatureVector.of(TopicText.of(concept.label()), TopicText.of(concept.definition())));
        }
        extra.forEach((top, terms) -> {
            int label = codes.indexOf(top);
            labels.add(label < 0 ? codes.size() : label);
            vectors.add(FeatureVector.of(TopicText.of(""), TopicText.of(terms.toString())));
        });
    }

    private static void splitReuters(Inputs in, List<LabelledArticle> train, List<LabelledArticle> test) {
        // Exact copies of a body count once, and a story whose body was seen in training is not tested.
        Set<String> bodies = new HashSet<>();
        for (ReutersCorpus.Story story : in.reuters()) {
            LabelledArticle a = story.article();
            if (story.split() != ReutersCorpus.Split.TRAIN || !mapped(in.reutersTopics(), a)) {
                continue;
            }
            if (bodies.add(news.events.ArticleIdentity.normalise(a.body()))) {
                train.add(a);
            }
        }
        for (ReutersCorpus.Story story : in.reuters()) {
            LabelledArticle a = story.article();
            if (story.split() == ReutersCorpus.Split.TEST && mapped(in.reutersTopics(), a)
                    && bodies.add(news.events.ArticleIdentity.normalise(a.body()))) {
                test.add(a);
            }
        }
    }

    private static boolean mapped(Map<String, List<String>> topics, LabelledArticle a) {
        return a.labels().stream().anyMatch(topics::containsKey);
    }

    private static boolean[] subLabels(Map<String, List<String>> topics, LabelledArticle a, List<String> codes) {
        boolean[] labels = new boolean[codes.size()];
        for (String label : a.labels()) {
            for (String code : topics.getOrDefault(label, List.of())) {
                labels[codes.indexOf(code)] = true;
            }
        }
        return labels;
    }

    private static String classCode(Map<String, List<String>> classes, String label, Map<String, Integer> topicIndex)
            throws EvalInputException {
        List<String> codes = classes.get(label);
        if (codes == null || codes.isEmpty()) {
            throw new EvalInputException("class '" + label + "' has no media topic in " + TopicTables.BBC_CLASSES);
        }
        String code = codes.get(0);
        if (!topicIndex.containsKey(code) || !code.endsWith("000000")) {
            throw new EvalInputException(TopicTables.BBC_CLASSES + ": " + code + " (for " + label
                    + ") is not a top-level topic of the taxonomy");
        }
        return code;
    }

    static FeatureVector features(LabelledArticle a) {
        return FeatureVector.of(TopicText.of(a.title()), TopicText.of(a.body()));
    }

    /** The summed lexicon weights per topic, as the scorer computes them. */
    static double[] lexicalSums(TermLexicon lexicon, LabelledArticle a, int topicCount) {
        TermLexicon.Matches matches = lexicon.match(TopicText.of(a.title()), TopicText.of(a.body()));
        double[] sums = new double[topicCount];
        for (int m = 0; m < matches.size(); m++) {
            Term term = lexicon.terms().get(matches.terms()[m]);
            double occurrences = 1 + Math.log(matches.counts()[m]);
            for (int p = 0; p < term.topics().length; p++) {
                sums[term.topics()[p]] += term.weights()[p] * occurrences;
            }
        }
        return sums;
    }

    /** The lexicon mass of all top-level topics. */
    static double topMass(double[] sums, List<MediaTopic> topics) {
        double mass = 0;
        for (int t = 0; t < topics.size(); t++) {
            mass += topics.get(t).level() == 1 ? sums[t] : 0;
        }
        return mass;
    }

    /** The lexicon mass of the children of one topic. */
    static double childMass(double[] sums, List<MediaTopic> topics, int parent) {
        double mass = 0;
        for (int t = 0; t < topics.size(); t++) {
            mass += topics.get(t).parent() == parent ? sums[t] : 0;
        }
        return mass;
    }

    static double length(LabelledArticle a) {
        return TopicText.of(a.title()).size() * FeatureVector.TITLE_WEIGHT + TopicText.of(a.body()).size();
    }

    private double lexiconAccuracy(double[][] lexical, double[] lengths, int[] labels, int[] classTopics,
                                   double[] calibration, List<MediaTopic> topics) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = -1;
            double bestP = -1;
            for (int k = 0; k < classTopics.length && classTopics[k] >= 0; k++) {
                double p = Calibration.probability(calibration, IptcTopicScorer.lexicalFeatures(
                        lexical[i][classTopics[k]], topMass(lexical[i], topics), (int) lengths[i]));
                if (p > bestP) {
                    bestP = p;
                    best = k;
                }
            }
            correct += best == labels[i] ? 1 : 0;
        }
        return correct / (double) labels.length;
    }

    private void note(String line) {
        report.add(line);
        progress.accept(line);
    }

    private static int[] indexes(int[] folds, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, folds.length).filter(i -> keep.test(folds[i])).toArray();
    }

    private static <T> List<T> pick(List<T> list, int[] rows) {
        var out = new ArrayList<T>(rows.length);
        for (int r : rows) {
            out.add(list.get(r));
        }
        return out;
    }

    private static boolean[][] pick(boolean[][] rows, int[] picked) {
        boolean[][] out = new boolean[picked.length][];
        for (int i = 0; i < picked.length; i++) {
            out[i] = rows[picked[i]];
        }
        return out;
    }

    private static boolean[] toBooleans(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    static double logit(double p) {
        double clipped = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(clipped / (1 - clipped));
    }

    static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(scores[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    static double[] sigmoid(double[] scores) {
        double[] p = new double[scores.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = 1 / (1 + Math.exp(-scores[k]));
        }
        return p;
    }

    private static String format(double[] coefficients) {
        var parts = new ArrayList<String>();
        for (double c : coefficients) {
            parts.add(String.format(Locale.ROOT, "%.3f", c));
        }
        return "[" + String.join(", ", parts) + "]";
    }
}

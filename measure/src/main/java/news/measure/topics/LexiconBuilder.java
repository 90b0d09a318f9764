package news.measure.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.enrich.topics.TermLexicon;
import news.enrich.topics.TermLexicon.Term;
import news.enrich.topics.TopicText;
import news.measure.topics.IptcTaxonomy.Concept;

/**
 * Derives the term lexicon from the IPTC taxonomy: every active concept's label (and the parts of a label that
 * lists several things, "crime, law and justice"), and the content words and word pairs of its definition, become
 * evidence for the concept's top-level and second-level ancestors; so do newsflow's own terms for a concept
 * ({@code config/topics/extra-terms.tsv}), which count like labels.
 *
 * <p>A term's weight for a topic is {@code source * share * rarity}: source 1 for a whole label,
 * {@value #PART} for part of one, {@value #DEFINITION_PAIR} for a pair of definition words and
 * {@value #DEFINITION_WORD} for one; share, the part of the term's occurrences in the taxonomy that fall under
 * that topic (a term used all over the taxonomy says little about any one topic); rarity,
 * {@code ln(N/(1+df))/ln(1000)} clamped to {@value #MIN_RARITY}..1, over the background articles (a term in
 * most news articles is no evidence of anything).
 */
final class LexiconBuilder {
    static final double PART = 0.8;
    static final double DEFINITION_PAIR = 0.3;
    static final double DEFINITION_WORD = 0.15;
    static final double MIN_RARITY = 0.05;
    static final double MIN_WEIGHT = 0.02;

    /** Words common in definitions that say nothing about their topic. */
    private static final Set<String> DEFINITION_NOISE = Set.of("such", "including", "include", "includes", "related",
            "relating", "issue", "issues", "activity", "activities", "people", "person", "persons", "various",
            "different", "using", "used", "form", "forms", "type", "types", "matter", "matters", "area", "areas",
            "general", "specific", "group", "groups", "etc", "within", "well", "either", "whether", "often", "usually",
            "generally", "particular", "certain", "involving", "involve", "concerning", "regarding",
            "based", "kind", "kinds", "part", "parts", "way", "ways", "those", "thing", "things", "made", "make",
            "news", "stories", "story", "coverage", "reporting", "report", "reports", "event", "events", "process",
            "individual", "individuals", "one", "ones", "like", "known", "called", "also", "many", "much", "every",
            "need", "needs", "level", "levels", "use", "uses", "system", "systems", "field", "fields", "aspect",
            "aspects", "public", "topic", "topics", "subject", "subjects", "category", "refers", "refer", "term",
            "terms", "specifically", "otherwise", "primarily", "mainly", "overall", "place", "places", "time",
            "times", "set", "sets", "order", "purpose", "purposes", "number", "numbers", "according", "without",
            "around", "across", "among", "along", "toward", "towards", "another", "mostly", "given");

    private LexiconBuilder() {
    }

    /** A candidate term with where it was seen. */
    private static final class Candidate {
        final String text;
        final int[] stems;
        final Map<Integer, Double> mass = new TreeMap<>();
        final Map<Integer, Double> source = new TreeMap<>();

        Candidate(String text, int[] stems) {
            this.text = text;
            this.stems = stems;
        }

        void add(int topic, double weight) {
            mass.merge(topic, weight, Double::sum);
            source.merge(topic, weight, Math::max);
        }
    }

    /**
     * @param topicIndex  the model's index of each scored concept (levels 1 and 2) by code
     * @param extraTerms  newsflow's own terms ({@code extra-terms.tsv}): code and term, each counting as a label
     * @param background  articles for the rarity of terms (title and body)
     */
    static TermLexicon build(IptcTaxonomy taxonomy, Map<String, Integer> topicIndex, List<String[]> extraTerms,
                             List<String[]> background) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, Concept> byCode = taxonomy.byCode();
        Map<String, List<String[]>> extra = new LinkedHashMap<>();
        for (String[] row : extraTerms) {
            extra.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[] {row[1].toLowerCase(Locale.ROOT), "1"});
        }
        for (Concept concept : taxonomy.concepts()) {
            Concept top = taxonomy.top(concept);
            Concept second = taxonomy.secondLevel(concept);
            var targets = new ArrayList<Integer>();
            targets.add(topicIndex.get(top.code()));
            if (second != null && topicIndex.containsKey(second.code())) {
                targets.add(topicIndex.get(second.code()));
            }
            var conceptTerms = new ArrayList<>(terms(concept));
            conceptTerms.addAll(extra.getOrDefault(concept.code(), List.of()));
            for (String[] term : conceptTerms) {
                double weight = Double.parseDouble(term[1]);
                String text = term[0];
                int[] stems = stems(text);
                if (stems.length == 0 || stems.length > TermLexicon.MAX_WORDS) {
                    continue;
                }
                Candidate candidate = candidates.computeIfAbsent(Arrays.toString(stems), k -> new Candidate(text, stems));
                targets.forEach(t -> candidate.add(t, weight));
            }
        }
        for (String code : extra.keySet()) {
            if (!byCode.containsKey(code)) {
                throw new IllegalArgumentException("extra term for " + code + ", which is not an active IPTC topic");
            }
        }
        double[] rarity = rarity(new ArrayList<>(candidates.values()), background);
        var terms = new ArrayList<Term>();
        var topLevel = new boolean[topicIndex.size()];
        taxonomy.concepts().stream().filter(c -> c.level() == 1).forEach(c -> topLevel[topicIndex.get(c.code())] = true);
        int c = 0;
        for (Candidate candidate : candidates.values()) {
            double topMass = 0;
            double secondMass = 0;
            for (var e : candidate.mass.entrySet()) {
                if (topLevel[e.getKey()]) {
                    topMass += e.getValue();
                } else {
                    secondMass += e.getValue();
                }
            }
            var topics = new ArrayList<Integer>();
            var weights = new ArrayList<Float>();
            for (var e : candidate.mass.entrySet()) {
                double share = e.getValue() / (topLevel[e.getKey()] ? topMass : secondMass);
                double weight = candidate.source.get(e.getKey()) * share * rarity[c];
                if (weight >= MIN_WEIGHT) {
                    topics.add(e.getKey());
                    weights.add((float) weight);
                }
            }
            c++;
            if (topics.isEmpty()) {
                continue;
            }
            float[] w = new float[weights.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.get(i);
            }
            terms.add(new Term(candidate.text, candidate.stems, topics.stream().mapToInt(Integer::intValue).toArray(), w));
        }
        return new TermLexicon(terms);
    }

    /** The terms of one concept with their source weights: {text, weight}. */
    static List<String[]> terms(Concept concept) {
        var terms = new ArrayList<String[]>();
        String label = concept.label().toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", " ").replace(":", " ")
                .replaceAll("\\s+", " ").strip();
        if (!label.isEmpty()) {
            terms.add(new String[] {label, "1"});
            String[] parts = label.split(",|\\band\\b|\\bor\\b|/");
            if (parts.length > 1) {
                for (String part : parts) {
                    if (!part.isBlank()) {
                        terms.add(new String[] {part.strip(), Double.toString(PART)});
                    }
                }
            }
        }
        TopicText definition = TopicText.of(concept.definition());
        String previous = null;
        for (int i = 0; i < definition.size(); i++) {
            String word = definition.token(i);
            boolean content = !definition.isStopword(i) && word.length() >= 4 && !DEFINITION_NOISE.contains(word)
                    && word.chars().allMatch(Character::isLetter);
            if (!content) {
                previous = null;
                continue;
            }
            terms.add(new String[] {word, Double.toString(DEFINITION_WORD)});
            if (previous != null) {
                terms.add(new String[] {previous + " " + word, Double.toString(DEFINITION_PAIR)});
            }
            previous = word;
        }
        return terms;
    }

    /** The stem hashes of a term's words, function words at either end dropped. */
    static int[] stems(String text) {
        TopicText words = TopicText.of(text);
        int start = 0;
        int end = words.size();
        while (start < end && words.isStopword(start)) {
            start++;
        }
        while (end > start && words.isStopword(end - 1)) {
            end--;
        }
        int[] stems = new int[end - start];
        for (int i = start; i < end; i++) {
            stems[i - start] = words.stem(i);
        }
        return stems;
    }

    private static double[] rarity(List<Candidate> candidates, List<String[]> background) {
        var probe = new ArrayList<Term>();
        for (Candidate c : candidates) {
            probe.add(new Term(c.text, c.stems, new int[0], new float[0]));
        }
        var lexicon = new TermLexicon(probe);
        int[] df = new int[probe.size()];
        for (String[] article : background) {
            TermLexicon.Matches matches = lexicon.match(TopicText.of(article[0]), TopicText.of(article[1]));
            for (int term : matches.terms()) {
                df[term]++;
            }
        }
        double n = Math.max(1, background.size());
        double[] rarity = new double[candidates.size()];
        for (int c = 0; c < rarity.length; c++) {
            double r = Math.log(n / (1 + df[c])) / Math.log(1000);
            rarity[c] = Math.min(1, Math.max(MIN_RARITY, r));
        }
        return rarity;
    }
}

package news.ingest.parse;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article as an ISO 639-1 code, or null when it cannot.
 *
 * <p>Two steps, because the maintained detector (lingua) costs about half a millisecond per text even in its
 * low-accuracy mode, ten times the rest of parsing: first the function words of a few common languages are
 * counted in the opening words, and a clear winner is taken; only otherwise does lingua decide, over the
 * candidate languages from config. Lingua's models load on first use. Thread-safe.
 */
public final class LanguageGuesser {
    private static final String STOPWORDS = "newsflow/defaults/language-stopwords.txt";
    /** Enough opening text to tell a language; more only costs time. */
    private static final int SAMPLE_CHARS = 600;
    private static final int MIN_HITS = 6;
    private static final int MARGIN = 3;

    private final Map<String, List<String>> languagesByWord;
    private final Set<IsoCode639_1> candidates;
    private volatile LanguageDetector detector;

    private LanguageGuesser(Map<String, List<String>> languagesByWord, Set<IsoCode639_1> candidates) {
        this.languagesByWord = languagesByWord;
        this.candidates = candidates;
    }

    /**
     * @param candidates ISO 639-1 codes the statistical detector may answer with
     * @throws IllegalArgumentException for a code lingua does not know
     */
    public static LanguageGuesser of(List<String> candidates) {
        var codes = new java.util.LinkedHashSet<IsoCode639_1>();
        for (String code : candidates) {
            try {
                IsoCode639_1 iso = IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT));
                if (Language.getByIsoCode639_1(iso) == Language.UNKNOWN) {
                    throw new IllegalArgumentException(code);
                }
                codes.add(iso);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + code + "' is not a language the detector knows (ISO 639-1)");
            }
        }
        return new LanguageGuesser(readStopwords(), Set.copyOf(codes));
    }

    /** The default candidates: the languages most news is published in, and those of West and East Africa. */
    public static LanguageGuesser defaults() {
        return of(List.of("en", "fr", "de", "es", "pt", "it", "nl", "ar", "ru", "uk", "zh", "ja", "ko", "tr", "pl",
                "sv", "sw", "so", "yo", "zu", "af", "hi", "id", "fa", "he", "el"));
    }

    /** The language of the text as an ISO 639-1 code, or null when neither step is sure. */
    public String guess(String text) {
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
        String byWords = byFunctionWords(sample);
        if (byWords != null) {
            return byWords;
        }
        Language language = detector().detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private String byFunctionWords(String sample) {
        var hits = new HashMap<String, Integer>();
        int start = -1;
        for (int i = 0; i <= sample.length(); i++) {
            boolean letter = i < sample.length() && Character.isLetter(sample.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                List<String> languages = languagesByWord.get(sample.substring(start, i).toLowerCase(Locale.ROOT));
                if (languages != null) {
                    languages.forEach(language -> hits.merge(language, 1, Integer::sum));
                }
                start = -1;
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (var entry : hits.entrySet()) {
            if (entry.getValue() > first) {
                second = first;
                first = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > second) {
                second = entry.getValue();
            }
        }
        return first >= MIN_HITS && first >= MARGIN * second ? best : null;
    }

    private LanguageDetector detector() {
        LanguageDetector current = detector;
        if (current == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromIsoCodes639_1(candidates.toArray(IsoCode639_1[]::new))
                            .withLowAccuracyMode().build();
                }
                current = detector;
            }
        }
        return current;
    }

    private static Map<String, List<String>> readStopwords() {
        try (InputStream in = LanguageGuesser.class.getClassLoader().getResourceAsStream(STOPWORDS)) {
            if (in == null) {
                throw new IllegalStateException("built-in stop words missing from the classpath: " + STOPWORDS);
            }
            var byWord = new HashMap<String, List<String>>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String language = line.substring(0, colon).strip();
                for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(language);
                }
            }
            return Map.copyOf(byWord);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in stop words", e);
        }
    }
}

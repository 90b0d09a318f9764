package news.enrich.stories;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The key terms of a title and lead: word stems without function words and headline boilerplate, each with a raw
 * weight before inverse document frequency. Proper-noun-looking words (capitalised inside the text, or all capitals)
 * and words with digits weigh more: in news they name the event ("Titanfall", "iOS 7.1", "Plosser"), while the
 * common words around them vary from one wording to the next. Pure and thread-safe.
 */
final class KeyTerms {
    static final String PREFIX = "t:";
    private static final double PROPER = 1.6;
    private static final double NUMERIC = 1.3;
    private static final double LEAD = 0.4;

    /**
     * English function words and the wording news sites wrap around a headline. Written for this purpose; it holds
     * no word that names an event.
     */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "above", "after", "again", "against", "all",
            "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
            "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
            "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my", "no", "nor", "not",
            "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "said",
            "says", "say", "mr", "mrs", "ms", "s", "t", "d", "ll", "re", "ve", "m", "may", "might", "must", "get",
            "gets", "got", "new", "one", "via", "us", "vs", "amid", "yet", "still", "less", "many", "much", "way",
            "video", "videos", "photo", "photos", "watch", "update", "updated", "updates", "breaking", "live",
            "exclusive", "report", "reports", "news", "read", "heres", "first", "look", "latest",
            "week", "today", "day", "year", "time", "make", "makes", "take", "takes", "set", "see", "sees");

    private KeyTerms() {
    }

    /** The key terms of a title (full weight) and a lead (lower weight), keyed {@code t:stem}, in first-seen order. */
    static Map<String, Double> of(String title, String lead, Predicate<String> setting, double settingWeight) {
        var terms = new LinkedHashMap<String, Double>();
        add(terms, title, 1.0, setting, settingWeight);
        add(terms, lead, LEAD, setting, settingWeight);
        return terms;
    }

    /**
     * @param setting       whether a word or two-word name is a setting (a country, region or demonym), which keeps
     *                      only {@code settingWeight} of its weight
     */
    private static void add(Map<String, Double> terms, String text, double weight, Predicate<String> setting,
                            double settingWeight) {
        if (text == null || text.isBlank()) {
            return;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int i = 0;
        boolean sentenceStart = true;
        String previous = null;
        String previousKey = null;
        while (i < nfc.length()) {
            char c = nfc.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201C') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < nfc.length() && (Character.isLetterOrDigit(nfc.charAt(i)) || joins(nfc, i))) {
                i++;
            }
            String word = nfc.substring(start, i);
            boolean pair = previous != null && setting.test(previous + " " + word);
            if (pair && previousKey != null) {
                terms.computeIfPresent(previousKey, (key, w) -> w * settingWeight);
            }
            previous = word;
            previousKey = null;
            boolean proper = !sentenceStart && Character.isUpperCase(word.charAt(0)) || isAllCaps(word);
            sentenceStart = false;
            String lower = stripPossessive(word.toLowerCase(Locale.ROOT));
            if (lower.isEmpty() || STOPWORDS.contains(lower) || lower.length() == 1 && !Character.isDigit(c)) {
                continue;
            }
            boolean numeric = lower.chars().anyMatch(Character::isDigit);
            double w = weight * (proper ? PROPER : 1.0) * (numeric ? NUMERIC : 1.0)
                    * (pair || setting.test(word) ? settingWeight : 1.0);
            String key = PREFIX + stem(lower);
            if (!terms.containsKey(key)) {
                previousKey = key;
            }
            terms.merge(key, w, Math::max);
        }
    }

    /** An apostrophe or a dot between letters/digits stays inside the word ("don't", "7.1", "U.S"). */
    private static boolean joins(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '.') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean isAllCaps(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static String stripPossessive(String lower) {
        String word = lower;
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
        }
        word = word.replace("'", "").replace("\u2019", "");
        // "U.S" and "u.s" read as "us": dots inside letters are an abbreviation, inside digits a version ("7.1").
        if (word.indexOf('.') >= 0 && !word.chars().anyMatch(Character::isDigit)) {
            word = word.replace(".", "");
        }
        return word;
    }

    /**
     * A light suffix-stripping stem, so that "banks"/"bank", "rigging"/"rigged"/"rig" and "talks"/"talked" meet.
     * Crude but applied alike to every text, which is all matching needs.
     */
    static String stem(String word) {
        if (word.chars().anyMatch(Character::isDigit) || word.length() <= 3) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && !"lsz".contains(String.valueOf(w.charAt(n - 1)))) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}

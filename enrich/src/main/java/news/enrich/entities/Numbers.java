package news.enrich.entities;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Numbers written with digits ({@code 250,000}, {@code 12.9}) or in English words up to ninety-nine. */
final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100),
            Map.entry("one hundred", 100));
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    /** A number in words, for regular expressions (case-insensitive use). */
    static final String WORD_PATTERN = "\\b(?:a hundred|one hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)(?:[- ](?:" + UNITS + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|" + UNITS + ")";

    private Numbers() {
    }

    /** The value of a number in digits or words, or null. */
    static BigDecimal parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            try {
                return new BigDecimal(t.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer whole = WORDS.get(t);
        if (whole != null) {
            return BigDecimal.valueOf(whole);
        }
        String[] parts = t.split("[- ]");
        if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
            return BigDecimal.valueOf(WORDS.get(parts[0]) + WORDS.get(parts[1]));
        }
        return null;
    }
}

package news.enrich.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money and percentages by rule, with normalised values.
 * <ul>
 * <li>MONEY: a currency sign or ISO code before the number ({@code $5bn}, {@code £3.2m}, {@code USD 74.3 million},
 * {@code US$ 2}) or a currency word or code after it ({@code 12.9 million rand}, {@code 250,000 rand},
 * {@code 10 euros}, {@code 5 million CFA francs}). The value is the whole amount in plain decimal notation and
 * the ISO 4217 code, {@code "12900000 ZAR"}; a bare {@code $} counts as USD; a currency word without a settled
 * code (plain {@code francs}, {@code shillings}) keeps the word: {@code "500 francs"}.</li>
 * <li>PERCENT: {@code 4%}, {@code 4 per cent}, {@code 4 percent}, {@code 4 pct}, {@code four percent},
 * {@code 3 percentage points}. The value is the fraction in plain decimal notation: {@code "0.04"}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Quantities {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:[ \\u00a0]?(trillion|billion|million|thousand|mln|bln|bn|mn|tn|m|k)\\b)?";
    private static final Map<String, String> SIGNS = Map.of("$", "USD", "us$", "USD", "a$", "AUD", "c$", "CAD",
            "nz$", "NZD", "hk$", "HKD", "£", "GBP", "€", "EUR", "¥", "JPY", "r", "ZAR");
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("rand", "ZAR"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("pounds sterling", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("naira", "NGN"), Map.entry("cfa francs", "XOF"), Map.entry("cfa franc", "XOF"),
            Map.entry("swiss francs", "CHF"), Map.entry("rupees", "INR"), Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("cedis", "GHS"), Map.entry("shillings", ""),
            Map.entry("francs", ""), Map.entry("dirhams", ""), Map.entry("dinars", ""), Map.entry("pesos", ""),
            Map.entry("lire", "ITL"), Map.entry("marks", "DEM"), Map.entry("guilders", "NLG"));
    private static final String CODES = "USD|EUR|GBP|ZAR|JPY|CHF|CNY|XOF|XAF|NGN|KES|GHS|INR|RUB|AUD|CAD|BRL|MAD|"
            + "EGP|SEK|NOK|DKK|HKD|SGD|NZD|MXN|TRY|SAR|AED|DEM|FRF|ITL|NLG";
    private static final Pattern CODE = Pattern.compile(CODES);
    /** A sign, or a code or letters before a sign (US$), with the amount's first digit at most 4 characters on. */
    private static final GatedPattern SIGN_FIRST = GatedPattern.near(GatedPattern.DIGITS + "$£€¥", 4,
            Pattern.compile(
                    // The first-character check in front fails fast where no sign or code can start (see Dates).
                    "(?=[$£€¥]|[A-Za-z]{1,2}\\$|[A-Za-z]{3}[ \\u00a0]?\\d)"
                    + "(?<![\\w$])(US\\$|A\\$|C\\$|NZ\\$|HK\\$|\\$|£|€|¥|(?:" + CODES
                    + ")(?=[ \\u00a0]?\\d))[ \\u00a0]?" + NUMBER + SCALE,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    private static final GatedPattern UNIT_AFTER = GatedPattern.startingWith(GatedPattern.DIGITS,
            GatedPattern.WORD_CHARS + "$£€¥.,", Pattern.compile(
            "(?=\\d)(?<![\\w$£€¥.,])" + NUMBER + SCALE
            + "[ \\u00a0]+(US dollars|pounds sterling|CFA francs?|Swiss francs|" + String.join("|", List.of("rand",
            "dollars?", "euros?", "pounds?", "sterling", "yen", "yuan", "renminbi", "naira", "rupees", "roubles",
            "rubles", "cedis", "shillings", "francs", "dirhams", "dinars", "pesos", "lire", "marks", "guilders"))
            + "|" + CODES + ")\\b", Pattern.UNICODE_CASE));
    /**
     * Starts with a digit or a number word (case-insensitive in ASCII only, as the pattern), not inside a word or
     * number: most letters start no word, and the pattern was tried at each.
     */
    private static final GatedPattern PERCENT = GatedPattern.startingWith(GatedPattern.DIGITS + "aotfsenAOTFSEN",
            GatedPattern.WORD_CHARS + ".,", Pattern.compile("(?<![\\w.,])(" + NUMBER.substring(1, NUMBER.length() - 1)
                    + "|" + Numbers.WORD_PATTERN
                    + ")[ \\u00a0]?(%|per[ \\u00a0]cent\\b|percent\\b|pct\\b|percentage[ \\u00a0]points?\\b)",
                    Pattern.CASE_INSENSITIVE));

    /** The longest number in words, {@code seventy-seven}. */
    private static final int MAX_NUMBER_WORDS = 13;

    /** The MONEY and PERCENT spans of {@code text}, in text order, not overlapping. */
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        SIGN_FIRST.forEach(text, m -> {
            String sign = m.group(1).toLowerCase(Locale.ROOT);
            String code = SIGNS.getOrDefault(sign, sign.toUpperCase(Locale.ROOT));
            add(out, new Span("MONEY", m.start(), m.end(), m.group(), money(m.group(2), m.group(3), code, null)));
        });
        UNIT_AFTER.forEach(text, m -> {
            String unit = m.group(3);
            String key = unit.toLowerCase(Locale.ROOT);
            String code = CODE.matcher(unit).matches() ? unit : WORDS.getOrDefault(key, "");
            add(out, new Span("MONEY", m.start(), m.end(), m.group(), money(m.group(1), m.group(2), code, key)));
        });
        percents(text, m -> {
            BigDecimal amount = Numbers.parse(m.group(1));
            String value = amount == null ? null : plain(amount.movePointLeft(2));
            add(out, new Span("PERCENT", m.start(), m.end(), m.group(), value));
        });
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The matches of the percent pattern, as a plain search gives them, searched for only shortly before each
     * place a unit may start ({@code %}, or {@code p} before {@code er} or {@code ct} in any case): a match is a
     * number, in words (at most {@value #MAX_NUMBER_WORDS} characters) or in digits, points and commas, and at most
     * one space before its unit. Where the text has many numbers and some unit, the pattern was tried at each.
     */
    static void percents(String text, Consumer<Matcher> found) {
        // Units are found in a pass of their own: most articles have none, and then nothing else runs.
        int resume = 0;
        for (int unit = nextUnit(text, 0); unit >= 0; unit = nextUnit(text, unit + 1)) {
            int numberEnd = unit > 0 && (text.charAt(unit - 1) == ' ' || text.charAt(unit - 1) == '\u00a0')
                    ? unit - 1 : unit;
            int start = numberEnd;
            while (start > 0 && isNumberChar(text.charAt(start - 1))) {
                start--;
            }
            start = Math.min(start, numberEnd - MAX_NUMBER_WORDS);
            if (unit > resume) {
                resume = PERCENT.forEach(text, Math.max(Math.max(start, 0), resume), unit, found);
            }
        }
    }

    /** Where a unit of a percentage may start from {@code from} on, or -1. */
    private static int nextUnit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || (c == 'p' || c == 'P') && i + 2 < text.length()
                    && (text.regionMatches(true, i + 1, "er", 0, 2) || text.regionMatches(true, i + 1, "ct", 0, 2))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',';
    }

    /** The percent pattern, for tests that hold {@link #percents} to a plain search. */
    static Pattern percentPattern() {
        return PERCENT.pattern();
    }

    /** Adds {@code span} unless it overlaps one found before (earlier patterns are the more specific). */
    private static void add(List<Span> out, Span span) {
        for (Span s : out) {
            if (s.overlaps(span)) {
                return;
            }
        }
        out.add(span);
    }

    static String money(String number, String scale, String code, String word) {
        BigDecimal amount = Numbers.parse(number);
        if (amount == null) {
            return null;
        }
        if (scale != null) {
            amount = amount.multiply(scale(scale.toLowerCase(Locale.ROOT)));
        }
        String unit = code == null || code.isEmpty() ? word : code;
        return plain(amount) + " " + unit;
    }

    private static BigDecimal scale(String scale) {
        return switch (scale) {
            case "trillion", "tn" -> BigDecimal.TEN.pow(12);
            case "billion", "bln", "bn" -> BigDecimal.TEN.pow(9);
            case "million", "mln", "mn", "m" -> BigDecimal.TEN.pow(6);
            case "thousand", "k" -> BigDecimal.TEN.pow(3);
            default -> BigDecimal.ONE;
        };
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

package news.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that feeds and JSON articles state. Lenient on purpose: feeds in the wild bend RFC
 * 822 in many ways, and a date that cannot be read leaves {@code published} empty rather than losing the article.
 * <ul>
 *   <li>ISO 8601 / RFC 3339 ({@code 2026-02-05T10:15:00Z}, with an offset, fractions, a space for the {@code T});
 *       no offset means UTC; a date alone means midnight UTC.</li>
 *   <li>RFC 822 / 2822 ({@code Thu, 05 Feb 2026 10:15:00 GMT}) and its usual sloppy forms: no or a full day name,
 *       no comma, full month names, any case, two-digit years, no seconds, {@code +01:00} offsets, a trailing
 *       comment such as {@code (CET)}, US and a few European zone names. A missing or unknown zone is UTC, as
 *       RFC 2822 advises for zones it cannot interpret.</li>
 * </ul>
 */
public final class PublicationDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{4}|\\d{2}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
                    + "\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?\\s*(?:\\([^)]*\\))?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("AKST", -9), Map.entry("AKDT", -8), Map.entry("HST", -10),
            Map.entry("WET", 0), Map.entry("WEST", 1), Map.entry("BST", 1), Map.entry("CET", 1),
            Map.entry("CEST", 2), Map.entry("MET", 1), Map.entry("MEST", 2), Map.entry("EET", 2),
            Map.entry("EEST", 3), Map.entry("MSK", 3), Map.entry("JST", 9), Map.entry("KST", 9),
            Map.entry("AEST", 10), Map.entry("AEDT", 11));

    private PublicationDates() {
    }

    /** Either form: RFC 822 first, then ISO 8601 (feeds put both kinds in {@code pubDate} and {@code dc:date}). */
    public static Optional<Instant> parse(String text) {
        Optional<Instant> rfc = rfc822(text);
        return rfc.isPresent() ? rfc : iso8601(text);
    }

    public static Optional<Instant> iso8601(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            if (m.group(4) == null) {
                return Optional.of(date.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
            LocalTime time = LocalTime.of(number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6),
                    Integer.parseInt(fraction));
            return Optional.of(LocalDateTime.of(date, time).toInstant(offset(m.group(8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<Instant> rfc822(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RFC_822.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return Optional.empty();
        }
        int year = number(m, 3);
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month / 3 + 1, number(m, 1), number(m, 4), number(m, 5),
                    m.group(6) == null ? 0 : number(m, 6));
            return Optional.of(local.toInstant(offset(m.group(7))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A numeric offset, {@code Z}, a known zone name; anything else (absent, unknown, military letters) is UTC. */
    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
            int sign = zone.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return ZoneOffset.ofHours(ZONE_HOURS.getOrDefault(zone.toUpperCase(Locale.ROOT), 0));
    }
}

package news.ingest.parse.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date at the start of a line: ISO ({@code 2026-02-05}, {@code 2026-02-05T10:00:00Z}), written
 * out ({@code February 5, 2026}, {@code Feb. 5 2026}, {@code 5 February 2026}, with or without a weekday) and
 * numeric ({@code 05/02/2026}, day first, as most of the world writes it), optionally after a marker word
 * ({@code date}, {@code published}, {@code updated}, {@code posted}, {@code on}). Date-only values are midnight UTC.
 */
final class DateMarkers {
    private static final String MARKER = "(?:(?:date|dated|published|updated|posted|first published|last updated)"
            + "(?:\\s+on)?\\s*:?\\s*)?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern ISO = Pattern.compile("^" + MARKER
            + "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s?(Z|[+-]\\d{2}:?\\d{2})?)?\\b", FLAGS);
    private static final Pattern MONTH_FIRST = Pattern.compile("^" + MARKER + WEEKDAY + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern DAY_FIRST = Pattern.compile("^" + MARKER + WEEKDAY
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile("^" + MARKER + "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b", FLAGS);
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    /** A date found at the start of a line, and where the text after it begins. */
    record Found(Instant instant, int end) {
    }

    private DateMarkers() {
    }

    static Optional<Found> atStart(String line) {
        try {
            Matcher m = ISO.matcher(line);
            if (m.find()) {
                return Optional.of(new Found(iso(m.group(1), m.group(2), m.group(3)), m.end()));
            }
            m = MONTH_FIRST.matcher(line);
            if (m.find()) {
                return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m.end());
            }
            m = DAY_FIRST.matcher(line);
            if (m.find()) {
                return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m.end());
            }
            m = NUMERIC.matcher(line);
            if (m.find()) {
                return date(Integer.parseInt(m.group(3)), Month.of(Integer.parseInt(m.group(2))),
                        Integer.parseInt(m.group(1)), m.end());
            }
        } catch (DateTimeException e) {
            // 31/02/2026 and the like: not a date after all
        }
        return Optional.empty();
    }

    /** True when the whole line is a date, with nothing but punctuation after it. */
    static Optional<Instant> wholeLine(String line) {
        return atStart(line).filter(found -> line.substring(found.end()).replaceAll("[\\s|,.:;–—-]", "").isEmpty())
                .map(Found::instant);
    }

    private static Instant iso(String date, String time, String zone) {
        if (time == null) {
            return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        String offset = zone == null ? "Z" : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
        String seconds = time.length() == 5 ? time + ":00" : time;
        try {
            return OffsetDateTime.parse(date + "T" + seconds + offset).toInstant();
        } catch (DateTimeParseException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }

    private static Month month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Optional<Found> date(int year, Month month, int day, int end) {
        return Optional.of(new Found(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant(), end));
    }
}

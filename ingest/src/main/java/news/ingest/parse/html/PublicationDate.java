package news.ingest.parse.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date formats pages use for publication times: ISO-8601 with or without a zone offset (with or without
 * the colon, with a space instead of the {@code T}), date only (midnight UTC), RFC 1123 and Unix epoch seconds or
 * milliseconds. A time without an offset is taken as UTC.
 */
final class PublicationDate {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?Z?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    /** Earliest and latest plausible publication years: anything else is a parsing accident. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private PublicationDate() {
    }

    /** The instant a date value names, or null when it names none. */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            Instant instant = parseText(text);
            return instant != null && plausible(instant) ? instant : null;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static Instant parseText(String text) {
        if (EPOCH.matcher(text).matches()) {
            long number = Long.parseLong(text);
            return text.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        Matcher iso = ISO.matcher(text);
        if (iso.lookingAt()) {
            return fromIso(iso);
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                    Integer.parseInt(compact.group(3)));
            LocalTime time = compact.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(
                    Integer.parseInt(compact.group(4)), Integer.parseInt(compact.group(5)),
                    compact.group(6) == null ? 0 : Integer.parseInt(compact.group(6)));
            return LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC);
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant fromIso(Matcher iso) {
        LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3)));
        if (iso.group(4) == null) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        int nanos = 0;
        if (iso.group(7) != null) {
            String fraction = (iso.group(7) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(Integer.parseInt(iso.group(4)),
                Integer.parseInt(iso.group(5)), iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)), nanos));
        return OffsetDateTime.of(local, offset(iso.group(8))).toInstant();
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static boolean plausible(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}

package news.enrich.entities;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates by rule and normalises them to ISO-8601 where they can be resolved.
 * <ul>
 * <li>Absolute: {@code 2026-02-05}, {@code July 14, 2025}, {@code 14 July 2025} (value {@code 2025-07-14}),
 * {@code May 2024} ({@code 2024-05}), a year after a preposition such as {@code in 2014} ({@code 2014}).</li>
 * <li>Partial or relative: {@code July 14} (the year of publication), weekdays ({@code Monday}: the latest such
 * day on or before the publication day, as news reports past events), {@code today}, {@code yesterday},
 * {@code tomorrow}, {@code last}/{@code this}/{@code next} {@code week} (ISO week, {@code 2026-W05}),
 * {@code month} ({@code 2026-01}) and {@code year} ({@code 2025}). These are resolved against the article's
 * publication time (UTC); without one they are still reported as DATE, with a null value.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Dates {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)";
    /**
     * A zero-width check of the first character, put in front of each pattern: at a position that cannot start a
     * match the search fails on one character class instead of trying every alternative and the word boundary.
     * Each pattern's {@link GatedPattern} makes the same check (and the word boundary's) before the pattern runs.
     */
    private static final String MONTH_START = "(?=[JFMASOND])";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final GatedPattern ISO = GatedPattern.startingWith("12", Pattern.compile(
            "(?=[12]\\d\\d\\d-)(?<![\\w-])" + YEAR + "-(\\d\\d)-(\\d\\d)(?![\\w-])"));
    /** The day's first digit is at most 10 characters on ("September 5"). */
    private static final GatedPattern MONTH_DAY_YEAR = GatedPattern.wordNear(GatedPattern.DIGITS, 10, Pattern.compile(
            MONTH_START + "\\b" + MONTH + "[ \\u00a0](\\d{1,2})(?:st|nd|rd|th)?(?:,?[ \\u00a0]" + YEAR + ")?\\b"));
    private static final GatedPattern DAY_MONTH_YEAR = GatedPattern.wordStartingWith(GatedPattern.DIGITS,
            Pattern.compile("(?=\\d)\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\u00a0]" + MONTH + "(?:,?[ \\u00a0]" + YEAR
                    + ")?\\b"));
    /** The year is at most 11 characters on ("September, 2024"). */
    private static final GatedPattern MONTH_YEAR = GatedPattern.wordNear("12", 11, Pattern.compile(
            MONTH_START + "\\b" + MONTH + ",?[ \\u00a0]" + YEAR + "\\b"));
    /** The year is at most 8 characters on ("between 2020"). */
    private static final GatedPattern PREPOSITION_YEAR = GatedPattern.wordNear("12", 8, Pattern.compile(
            "(?=[IiSsFfBbUuTtaDdAEeLlMmOo])\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]etween|[Bb]y"
                    + "|[Uu]ntil|[Tt]ill|[Tt]o|and|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f)"
                    + "[ \\u00a0]" + YEAR + "\\b(?![-,.]\\d|[ \\u00a0]*%)"));
    private static final GatedPattern WEEKDAY = GatedPattern.wordStartingWith("MTWFS", Pattern.compile(
            "(?=[MTWFS])\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"));
    private static final GatedPattern RELATIVE = GatedPattern.wordStartingWith("tylnTYLN", Pattern.compile(
            "(?=[tylnTYLN])\\b(today|yesterday|tomorrow|(?:last|this|next)[ \\u00a0](?:week|month|year))\\b",
            Pattern.CASE_INSENSITIVE));

    /** The DATE spans of {@code text}, in text order, not overlapping. */
    public List<Span> find(String text, Instant published) {
        LocalDate day = published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
        List<Span> out = new ArrayList<>();
        ISO.forEach(text, m -> add(out, m, date(m.group(1), m.group(2), m.group(3))));
        MONTH_DAY_YEAR.forEach(text, m -> add(out, m, monthDay(month(m.group(1)), m.group(2), m.group(3), day)));
        DAY_MONTH_YEAR.forEach(text, m -> add(out, m, monthDay(month(m.group(2)), m.group(1), m.group(3), day)));
        MONTH_YEAR.forEach(text, m -> {
            Month month = month(m.group(1));
            add(out, m, month == null ? null : YearMonth.of(Integer.parseInt(m.group(2)), month).toString());
        });
        PREPOSITION_YEAR.forEach(text, m -> addGroup(out, m, 1, m.group(1)));
        WEEKDAY.forEach(text, m -> {
            String value = null;
            if (day != null) {
                DayOfWeek target = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                int back = (day.getDayOfWeek().getValue() - target.getValue() + 7) % 7;
                value = day.minusDays(back).toString();
            }
            add(out, m, value);
        });
        RELATIVE.forEach(text, m -> add(out, m,
                day == null ? null : relative(m.group(1).toLowerCase(Locale.ROOT).replace('\u00a0', ' '), day)));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<Span> out, Matcher m, String value) {
        addGroup(out, m, 0, value);
    }

    private static void addGroup(List<Span> out, Matcher m, int group, String value) {
        var span = new Span("DATE", m.start(group), m.end(group), m.group(group), value);
        for (Span s : out) {
            if (s.overlaps(span)) {
                return;
            }
        }
        out.add(span);
    }

    private static String date(String year, String month, String dayOfMonth) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth))
                    .toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String monthDay(Month month, String dayOfMonth, String year, LocalDate published) {
        if (month == null) {
            return null;
        }
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (published != null) {
            y = published.getYear();
        } else {
            return null;
        }
        try {
            return LocalDate.of(y, month, Integer.parseInt(dayOfMonth)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Month month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(key) || full.startsWith(key) && key.length() >= 3) {
                return month;
            }
        }
        return null;
    }

    private static String relative(String phrase, LocalDate day) {
        return switch (phrase) {
            case "today" -> day.toString();
            case "yesterday" -> day.minusDays(1).toString();
            case "tomorrow" -> day.plusDays(1).toString();
            default -> {
                String[] words = phrase.split(" ");
                int shift = switch (words[0]) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                yield switch (words[1]) {
                    case "week" -> week(day.plusWeeks(shift));
                    case "month" -> YearMonth.from(day).plusMonths(shift).toString();
                    default -> String.valueOf(day.getYear() + shift);
                };
            }
        };
    }

    private static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}

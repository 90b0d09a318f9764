package news.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds settings to typed values. A bad value is recorded, not thrown, so that {@link #check()} can report every
 * problem of a start at once; the getters then return a placeholder that is never used.
 */
public final class SettingsReader {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    SettingsReader(Map<String, String> values) {
        this.values = values;
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            problems.add(key + ": missing");
            return "";
        }
        return value;
    }

    public int integer(String key, int min, int max) {
        return parse(key, "a whole number from " + min + " to " + max, raw -> {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new IllegalArgumentException();
            }
            return value;
        }, 0);
    }

    /** A number from 0 to 1 (thresholds and similarities). */
    public double fraction(String key) {
        return parse(key, "a number from 0 to 1", raw -> {
            double value = Double.parseDouble(raw);
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException();
            }
            return value;
        }, 0.5);
    }

    public boolean bool(String key) {
        return parse(key, "true or false", raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        }, false);
    }

    /** A duration as {@code 500ms}, {@code 5s}, {@code 10m}, {@code 2h}, {@code 7d} or ISO-8601 ({@code PT5S}). */
    public Duration duration(String key) {
        return parse(key, "a duration such as 500ms, 5s, 7d or PT5S", raw -> {
            Matcher m = DURATION.matcher(raw.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            Duration iso;
            try {
                iso = Duration.parse(raw);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
            if (iso.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return iso;
        }, Duration.ZERO);
    }

    /** A size in bytes as {@code 4194304}, {@code 64KB}, {@code 4MB} or {@code 1GB} (powers of 1024). */
    public long bytes(String key) {
        return parse(key, "a size such as 4194304, 64KB or 4MB", raw -> {
            Matcher m = SIZE.matcher(raw.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException();
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "b" : m.group(2);
            // multiplyExact: an overflowing size is a bad value, not a negative limit.
            return switch (unit) {
                case "kb" -> Math.multiplyExact(n, 1024L);
                case "mb" -> Math.multiplyExact(n, 1024L * 1024);
                case "gb" -> Math.multiplyExact(n, 1024L * 1024 * 1024);
                default -> n;
            };
        }, 0L);
    }

    public Path path(String key) {
        return parse(key, "a file system path", raw -> {
            if (raw.isBlank()) {
                throw new IllegalArgumentException();
            }
            try {
                return Path.of(raw);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(e);
            }
        }, Path.of("."));
    }

    /** Records a problem found by the caller's own validation, for example an unwritable folder. */
    public void problem(String key, String message) {
        problems.add(key + ": " + message);
    }

    /** Throws one {@link ConfigException} listing every problem met so far, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private <T> T parse(String key, String expected, Function<String, T> parser, T placeholder) {
        String raw = values.get(key);
        if (raw == null) {
            problems.add(key + ": missing");
            return placeholder;
        }
        try {
            return parser.apply(raw.trim());
        } catch (RuntimeException e) {
            problems.add(key + ": '" + raw + "' is not " + expected);
            return placeholder;
        }
    }
}

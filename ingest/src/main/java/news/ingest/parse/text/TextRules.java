package news.ingest.parse.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The line rules of plain-text articles, read from {@code text-rules.txt}: which lines are site boilerplate to
 * drop, which are section labels, which are bylines. Rules are data so that a new site's boilerplate needs an
 * edit of that file, not of the code. Immutable and thread-safe.
 */
public final class TextRules {
    static final String FILE_NAME = "text-rules.txt";
    private static final String BUILT_IN = "newsflow/defaults/" + FILE_NAME;
    private static final Pattern HEADER = Pattern.compile("\\[\\s*(drop|section-label|byline)\\s*:\\s*(.+?)\\s*]");

    /** What a matching line is. */
    public enum Kind { DROP, SECTION_LABEL, BYLINE }

    /** One rule: a line matching {@code pattern} as a whole is of this kind, for the reason in {@code label}. */
    public record Rule(Kind kind, String label, Pattern pattern) {
    }

    private final List<Rule> rules;

    private TextRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules shipped with newsflow. */
    public static TextRules builtIn() {
        try (InputStream in = TextRules.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in text rules missing from the classpath: " + BUILT_IN);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in text rules", e);
        }
    }

    public static TextRules load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the rules; a bad line is reported with its origin and line number. */
    public static TextRules parse(String text, String origin) {
        var rules = new ArrayList<Rule>();
        Kind kind = null;
        String label = null;
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                kind = Kind.valueOf(header.group(1).toUpperCase(Locale.ROOT).replace('-', '_'));
                label = header.group(2);
                continue;
            }
            if (kind == null) {
                throw new IllegalArgumentException(origin + ":" + number + ": a rule before any [kind: label] header");
            }
            try {
                rules.add(new Rule(kind, label, Pattern.compile(line,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ":" + number + ": not a regular expression: "
                        + e.getDescription(), e);
            }
        }
        return new TextRules(rules);
    }

    /** The first rule the whole line matches. */
    public Optional<Rule> match(String line) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(line).matches()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return rules.size();
    }
}

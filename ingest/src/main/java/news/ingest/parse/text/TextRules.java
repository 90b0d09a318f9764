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

    /**
     * One rule: a line matching {@code pattern} as a whole is of this kind, for the reason in {@code label}.
     *
     * <p>Two shortcuts make the same test fast, which matters because every line of every article meets every rule:
     * {@code literal} is text the line must contain for the rule to match (found with {@code indexOf} on the
     * lower-cased line before any regular expression runs), and a rule written {@code .*X.*} is run as a search for
     * X, since lines hold no line breaks and backtracking over {@code .*} on long paragraphs was most of the cost.
     */
    public record Rule(Kind kind, String label, Pattern pattern, Pattern search, String literal) {
        static Rule of(Kind kind, String label, String regex) {
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            Pattern whole = Pattern.compile(regex, flags);
            boolean wrapped = regex.length() > 4 && regex.startsWith(".*") && regex.endsWith(".*")
                    && !regex.endsWith("\\.*");
            // Only a search pays for itself with the literal check: an anchored rule fails at the first character.
            return wrapped
                    ? new Rule(kind, label, whole, Pattern.compile(regex.substring(2, regex.length() - 2), flags),
                            requiredLiteral(regex))
                    : new Rule(kind, label, whole, null, null);
        }

        boolean matches(String line, String lowerCase) {
            if (literal != null && !lowerCase.contains(literal)) {
                return false;
            }
            return search != null ? search.matcher(line).find() : pattern.matcher(line).matches();
        }

        boolean needsLowerCase() {
            return literal != null;
        }
    }

    /**
     * The longest run of plain letters, digits and spaces that every match must contain: outside any group, class or
     * escape, and without a character a quantifier makes optional. Null when there is none of four characters.
     */
    static String requiredLiteral(String regex) {
        String best = "";
        var run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean plain = depth == 0 && (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == ',')
                    && c < 128;
            if (plain && i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0) {
                plain = false;
            }
            if (plain) {
                run.append(Character.toLowerCase(c));
                continue;
            }
            if (run.toString().strip().length() > best.strip().length()) {
                best = run.toString();
            }
            run.setLength(0);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                // a counted quantifier such as {0,80}, or the name in \p{Lu}: nothing literal inside
                int close = regex.indexOf('}', i);
                i = close < 0 ? regex.length() : close;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '|' && depth == 0) {
                return null;
            }
        }
        if (run.toString().strip().length() > best.strip().length()) {
            best = run.toString();
        }
        return best.strip().length() >= 4 ? best : null;
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
                rules.add(Rule.of(kind, label, line));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ":" + number + ": not a regular expression: "
                        + e.getDescription(), e);
            }
        }
        return new TextRules(rules);
    }

    /** The first rule the whole line matches. */
    public Optional<Rule> match(String line) {
        String lowerCase = null;
        for (Rule rule : rules) {
            if (lowerCase == null && rule.needsLowerCase()) {
                lowerCase = line.toLowerCase(Locale.ROOT);
            }
            if (rule.matches(line, lowerCase)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return rules.size();
    }
}

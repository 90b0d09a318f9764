package news.ingest.parse.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The class and id word lists of the extractor, read from {@code boilerplate.properties} beside this class, and the
 * verdicts they give on a class or id value. Each list is fragments separated by {@code |}, matched anywhere in
 * the value ignoring case; {@code ^} and {@code $} stand for the start and end of a class name, and {@code x?}
 * makes the character optional. Immutable and thread-safe.
 */
final class BoilerplateRules {
    static final int FURNITURE = 1;
    static final int UNLIKELY = 2;
    static final int PROTECTED = 4;
    static final int BODY = 8;
    static final int POSITIVE = 16;
    static final int NEGATIVE = 32;

    private static final String RESOURCE = "boilerplate.properties";
    private static final Map<String, Integer> LISTS = Map.of("furniture", FURNITURE, "unlikely", UNLIKELY,
            "protected", PROTECTED, "body", BODY, "positive", POSITIVE, "negative", NEGATIVE);

    private final NameMatcher matcher;

    private BoilerplateRules(NameMatcher matcher) {
        this.matcher = matcher;
    }

    static BoilerplateRules load() {
        var properties = new Properties();
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(properties);
    }

    static BoilerplateRules of(Properties properties) {
        Map<String, Integer> fragments = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> list : LISTS.entrySet()) {
            String value = properties.getProperty(list.getKey());
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(RESOURCE + " has no " + list.getKey());
            }
            for (String alternative : value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).split("\\|")) {
                if (alternative.isEmpty()) {
                    continue;
                }
                for (String fragment : expand(alternative.replace('^', ' ').replace('$', ' '))) {
                    fragments.merge(fragment, list.getValue(), (a, b) -> a | b);
                }
            }
        }
        return new BoilerplateRules(NameMatcher.of(fragments));
    }

    /** "read-?more" → "readmore", "read-more". */
    static List<String> expand(String alternative) {
        int optional = alternative.indexOf('?');
        if (optional < 1) {
            return List.of(alternative.replace("?", ""));
        }
        var out = new ArrayList<String>();
        String head = alternative.substring(0, optional);
        for (String tail : expand(alternative.substring(optional + 1))) {
            out.add(head.substring(0, head.length() - 1) + tail);
            out.add(head + tail);
        }
        return out;
    }

    /** The verdicts on one class or id value, as a set of the flag bits above. */
    int flags(String name) {
        return name.isEmpty() ? 0 : matcher.match(name);
    }
}

package news.ingest.parse.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The class and id patterns of the extractor, read from {@code boilerplate.properties} beside this class, and the
 * verdicts they give on a class or id value. Immutable and thread-safe.
 */
record BoilerplateRules(Pattern furniture, Pattern unlikely, Pattern protect, Pattern body, Pattern positive,
                        Pattern negative) {
    static final int FURNITURE = 1;
    static final int UNLIKELY = 2;
    static final int PROTECTED = 4;
    static final int BODY = 8;
    static final int POSITIVE = 16;
    static final int NEGATIVE = 32;

    private static final String RESOURCE = "boilerplate.properties";

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
        return new BoilerplateRules(pattern(properties, "furniture"), pattern(properties, "unlikely"),
                pattern(properties, "protected"), pattern(properties, "body"), pattern(properties, "positive"),
                pattern(properties, "negative"));
    }

    /** The verdicts on one class or id value, as a set of the flag bits above. */
    int flags(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int flags = 0;
        flags |= furniture.matcher(name).find() ? FURNITURE : 0;
        flags |= unlikely.matcher(name).find() ? UNLIKELY : 0;
        flags |= protect.matcher(name).find() ? PROTECTED : 0;
        flags |= body.matcher(name).find() ? BODY : 0;
        flags |= positive.matcher(name).find() ? POSITIVE : 0;
        flags |= negative.matcher(name).find() ? NEGATIVE : 0;
        return flags;
    }

    private static Pattern pattern(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return Pattern.compile(value.replaceAll("\\s+", ""), Pattern.CASE_INSENSITIVE);
    }
}

package news.ingest.parse.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The class and id patterns of the extractor, read from {@code boilerplate.properties} beside this class.
 * Immutable and thread-safe.
 */
record BoilerplateRules(Pattern unlikely, Pattern protect, Pattern body, Pattern positive, Pattern negative) {
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
        return new BoilerplateRules(pattern(properties, "unlikely"), pattern(properties, "protected"),
                pattern(properties, "body"), pattern(properties, "positive"), pattern(properties, "negative"));
    }

    private static Pattern pattern(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return Pattern.compile(value.replaceAll("\\s+", ""), Pattern.CASE_INSENSITIVE);
    }
}

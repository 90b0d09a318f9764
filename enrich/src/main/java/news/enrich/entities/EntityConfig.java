package news.enrich.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.settings.SettingsReader;

/**
 * The typed configuration of entity extraction ({@code enrich.entities.*}).
 *
 * @param enabled whether entities are extracted at all ({@code enrich.entities.enabled})
 * @param model   the tagger model file, or null for the model built into the enrich jar
 *                ({@code enrich.entities.model}, empty for the built-in one)
 */
public record EntityConfig(boolean enabled, Path model) {

    public static EntityConfig from(SettingsReader read) {
        boolean enabled = read.bool("enrich.entities.enabled");
        String model = read.text("enrich.entities.model").strip();
        Path path = model.isEmpty() ? null : Path.of(model);
        if (path != null && !Files.isReadable(path)) {
            read.problem("enrich.entities.model", "no readable model file at " + path.toAbsolutePath());
        }
        return new EntityConfig(enabled, path);
    }

    /** The extractor this configuration describes, loaded once at start. */
    public EntityExtractor extractor() {
        if (!enabled) {
            return EntityExtractor.NONE;
        }
        try {
            return model == null ? NerExtractor.builtIn() : NerExtractor.fromFile(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model " + model, e);
        }
    }
}

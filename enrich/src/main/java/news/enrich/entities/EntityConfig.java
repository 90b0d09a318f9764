package news.enrich.entities;

import news.settings.SettingsReader;

/** The typed configuration of entity extraction ({@code enrich.entities.*}). */
public record EntityConfig() {

    public static EntityConfig from(SettingsReader read) {
        return new EntityConfig();
    }

    /** The extractor this configuration describes, loaded once at start. */
    public EntityExtractor extractor() {
        return EntityExtractor.NONE;
    }
}

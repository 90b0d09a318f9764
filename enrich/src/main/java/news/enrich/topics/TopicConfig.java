package news.enrich.topics;

import news.settings.SettingsReader;

/** The typed configuration of topic scoring ({@code enrich.topics.*}). */
public record TopicConfig() {

    public static TopicConfig from(SettingsReader read) {
        return new TopicConfig();
    }

    /** The scorer this configuration describes, loaded once at start. */
    public TopicScorer scorer() {
        return TopicScorer.NONE;
    }
}

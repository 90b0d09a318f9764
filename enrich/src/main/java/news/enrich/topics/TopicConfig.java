package news.enrich.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.settings.SettingsReader;

/**
 * The typed configuration of topic scoring ({@code enrich.topics.*}).
 *
 * @param modelFile a model written by {@code newsflow train topics}; null for the one built into enrich
 * @param threshold the score from which an article is "about" a topic rather than merely mentioning it (0..1)
 * @param maxTopics the most topics one article carries
 */
public record TopicConfig(Path modelFile, double threshold, int maxTopics) {
    public static final String MODEL_FILE = "enrich.topics.model-file";
    public static final String THRESHOLD = "enrich.topics.threshold";
    public static final String MAX_TOPICS = "enrich.topics.max-topics";

    public static TopicConfig from(SettingsReader read) {
        String file = read.text(MODEL_FILE).trim();
        Path modelFile = file.isEmpty() ? null : read.path(MODEL_FILE);
        if (modelFile != null && !Files.isRegularFile(modelFile)) {
            read.problem(MODEL_FILE, "no such file: " + modelFile);
        }
        return new TopicConfig(modelFile, read.fraction(THRESHOLD), read.integer(MAX_TOPICS, 1, 100));
    }

    /** The scorer this configuration describes, loaded once at start. */
    public TopicScorer scorer() {
        try {
            return new IptcTopicScorer(modelFile == null ? TopicModel.builtIn() : TopicModel.read(modelFile),
                    threshold, maxTopics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topic model " + modelFile, e);
        }
    }
}

package news.enrich.stories;

import java.time.Duration;
import news.settings.SettingsReader;

/**
 * The typed configuration of story grouping ({@code enrich.stories.*}).
 *
 * @param threshold     the similarity (0..1) from which an article joins a candidate story rather than starting one
 * @param openFor       how long after its latest article a story still accepts new members (on article time,
 *                      {@code ingestedAt})
 * @param retention     how long a story idle beyond that, its index entries, article assignments and term counts
 *                      are kept before they are purged; at least {@code openFor}
 * @param maxCandidates the most candidate stories fully compared with one article
 * @param profileTerms  the most weighted terms and entities a story profile keeps (its bounded centroid)
 */
public record StoryConfig(double threshold, Duration openFor, Duration retention, int maxCandidates,
                          int profileTerms) {
    public static final String THRESHOLD = "enrich.stories.threshold";
    public static final String OPEN_FOR = "enrich.stories.open-for";
    public static final String RETENTION = "enrich.stories.retention";
    public static final String MAX_CANDIDATES = "enrich.stories.max-candidates";
    public static final String PROFILE_TERMS = "enrich.stories.profile-terms";

    public StoryConfig {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in 0..1, was " + threshold);
        }
        if (openFor.isNegative() || openFor.isZero() || retention.compareTo(openFor) < 0) {
            throw new IllegalArgumentException("need 0 < open-for <= retention, was " + openFor + ", " + retention);
        }
        if (maxCandidates < 1 || profileTerms < 1) {
            throw new IllegalArgumentException("max-candidates and profile-terms must be positive");
        }
    }

    /** Binds {@code enrich.stories.*}; bad values are recorded in {@code read} and a usable placeholder returned. */
    public static StoryConfig from(SettingsReader read) {
        double threshold = read.fraction(THRESHOLD);
        Duration openFor = read.duration(OPEN_FOR);
        Duration retention = read.duration(RETENTION);
        int maxCandidates = read.integer(MAX_CANDIDATES, 1, 1000);
        int profileTerms = read.integer(PROFILE_TERMS, 4, 1000);
        boolean valid = true;
        if (openFor.isZero()) {
            read.problem(OPEN_FOR, "must be longer than zero");
            valid = false;
        }
        if (retention.compareTo(openFor) < 0) {
            read.problem(RETENTION, "must be at least " + OPEN_FOR + " (" + openFor + ")");
            valid = false;
        }
        if (!valid || maxCandidates < 1 || profileTerms < 1) {
            return defaults(threshold);
        }
        return new StoryConfig(threshold, openFor, retention, maxCandidates, profileTerms);
    }

    /** The shipped defaults with another threshold: for evals and tests. */
    public static StoryConfig defaults(double threshold) {
        return new StoryConfig(threshold, Duration.ofDays(3), Duration.ofDays(7), 20, 48);
    }
}

package news.enrich.dedup;

import news.settings.SettingsReader;

/**
 * Near-duplicate detection ({@code enrich.near-dup.*}).
 *
 * @param titleThreshold the least Jaccard similarity of the title word sets
 * @param bodyThreshold  the least estimated Jaccard similarity of the body shingles
 * @param bands          LSH bands of the MinHash signature
 * @param rows           signature slots per band
 */
public record NearDuplicateConfig(double titleThreshold, double bodyThreshold, int bands, int rows) {
    public static final String PREFIX = "enrich.near-dup.";
    private static final int MAX_SLOTS = 512;

    public static NearDuplicateConfig from(SettingsReader read) {
        var config = new NearDuplicateConfig(read.fraction(PREFIX + "title-threshold"),
                read.fraction(PREFIX + "body-threshold"),
                read.integer(PREFIX + "bands", 1, 128), read.integer(PREFIX + "rows", 1, 16));
        if (config.bands() * config.rows() > MAX_SLOTS) {
            read.problem(PREFIX + "bands", "bands × rows must be at most " + MAX_SLOTS + ", was "
                    + config.bands() * config.rows());
        }
        return config;
    }

    public MinHasher hasher() {
        return new MinHasher(bands, rows);
    }
}

package news.events;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings every topic of the catalogue is created with.
 *
 * @param prefix            put before every topic name; empty in production, unique per test run in tests
 * @param maxMessageBytes   the largest record a topic accepts; ingest refuses articles above it
 * @param rawRetention      retention of the raw and enriched streams (delete policy)
 * @param dlqRetention      retention of the dead-letter topic, longer so operators have time to look
 * @param minInsyncReplicas the topics' {@code min.insync.replicas}, at most the replication factor; 0 leaves it to
 *                          the broker's default (1 unless the broker sets it)
 */
public record TopicLayout(String prefix, int partitions, short replicationFactor, int maxMessageBytes,
                          Duration rawRetention, Duration dlqRetention, int minInsyncReplicas) {
    public static final int FOUR_MB = 4 * 1024 * 1024;
    /** {@link #minInsyncReplicas()} when the broker's default applies. */
    public static final int BROKER_DEFAULT = 0;

    public TopicLayout {
        Objects.requireNonNull(prefix, "prefix");
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("partitions and replication factor must be at least 1");
        }
        if (minInsyncReplicas < 0 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("min in-sync replicas must be from 1 to the replication factor, or 0"
                    + " for the broker's default");
        }
    }

    /** The layout with the broker's default min in-sync replicas. */
    public TopicLayout(String prefix, int partitions, short replicationFactor, int maxMessageBytes,
                       Duration rawRetention, Duration dlqRetention) {
        this(prefix, partitions, replicationFactor, maxMessageBytes, rawRetention, dlqRetention, BROKER_DEFAULT);
    }

    /** Six partitions, replication 1, 4 MB records, 7 days of stream retention and 30 of dead letters. */
    public static TopicLayout defaults() {
        return new TopicLayout("", 6, (short) 1, FOUR_MB, Duration.ofDays(7), Duration.ofDays(30));
    }

    public TopicLayout withPrefix(String newPrefix) {
        return new TopicLayout(newPrefix, partitions, replicationFactor, maxMessageBytes, rawRetention, dlqRetention,
                minInsyncReplicas);
    }
}

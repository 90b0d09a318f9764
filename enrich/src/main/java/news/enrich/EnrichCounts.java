package news.enrich;

import java.util.concurrent.atomic.LongAdder;

/** Running totals of what enrich did since start, shared with the steps that count. */
public final class EnrichCounts {
    final LongAdder duplicates = new LongAdder();
    final LongAdder nearDuplicates = new LongAdder();
    final LongAdder entities = new LongAdder();
    final LongAdder deadLetters = new LongAdder();

    public long duplicates() {
        return duplicates.sum();
    }

    /** Articles marked as near-duplicates of an earlier one since start. */
    public long nearDuplicates() {
        return nearDuplicates.sum();
    }

    /** Entities found in the articles enriched since start. */
    public long entities() {
        return entities.sum();
    }

    public long deadLetters() {
        return deadLetters.sum();
    }
}

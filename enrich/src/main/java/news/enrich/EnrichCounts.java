package news.enrich;

import java.util.concurrent.atomic.LongAdder;

/** Running totals of what enrich did since start, shared with the steps that count. */
public final class EnrichCounts {
    final LongAdder duplicates = new LongAdder();

    public long duplicates() {
        return duplicates.sum();
    }
}

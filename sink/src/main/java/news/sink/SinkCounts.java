package news.sink;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running totals of what the sink wrote since start. */
public final class SinkCounts {
    final LongAdder articleFiles = new LongAdder();
    final Set<String> stories = ConcurrentHashMap.newKeySet();

    public long articleFiles() {
        return articleFiles.sum();
    }

    /** Distinct stories among the articles written since start. */
    public int stories() {
        return stories.size();
    }
}

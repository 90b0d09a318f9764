package news.sink;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running totals of what the sink wrote since start. */
public final class SinkCounts {
    final LongAdder articleFiles = new LongAdder();
    final LongAdder storyFiles = new LongAdder();
    final Set<String> stories = ConcurrentHashMap.newKeySet();

    public long articleFiles() {
        return articleFiles.sum();
    }

    /** Story files written since start (a story is written again as members arrive). */
    public long storyFiles() {
        return storyFiles.sum();
    }

    /** Distinct stories among the articles written since start. */
    public int stories() {
        return stories.size();
    }
}

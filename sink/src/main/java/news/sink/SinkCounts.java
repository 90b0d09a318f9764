package news.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running totals of what the sink wrote since start. */
public final class SinkCounts {
    final LongAdder articleFiles = new LongAdder();
    final LongAdder storyFiles = new LongAdder();
    /** Entities changed whose profile is not sent yet, over this instance's tasks. */
    final LongAdder unsentEntities = new LongAdder();
    /** From ingest (the article's {@code ingestedAt}) to its file written, per article. */
    final Timer latency;

    public SinkCounts() {
        this(new SimpleMeterRegistry());
    }

    public SinkCounts(MeterRegistry registry) {
        this.latency = Timer.builder("news.pipeline.latency")
                .description("from the file read by ingest to the article file written by the sink")
                .publishPercentiles(0.5, 0.99).register(registry);
    }
    final Set<String> stories = ConcurrentHashMap.newKeySet();

    public long articleFiles() {
        return articleFiles.sum();
    }

    /** Story files written since start (a story is written again as members arrive). */
    public long storyFiles() {
        return storyFiles.sum();
    }

    /**
     * Entities whose changed profile this instance has not sent to the entities topic yet (it sends each
     * {@code sink.entities.emit-after} after the change): zero when the entity view has caught up with the input.
     */
    public long unsentEntities() {
        return unsentEntities.sum();
    }

    /** Distinct stories among the articles written since start. */
    public int stories() {
        return stories.size();
    }
}

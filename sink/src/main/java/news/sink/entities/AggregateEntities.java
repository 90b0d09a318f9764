package news.sink.entities;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import news.events.EntityProfile;
import news.events.StoreSerde;
import news.events.WriteBackStore;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Folds each batch of mentions into the entities' states and emits an entity's profile {@code emitAfter} (wall-clock
 * time) after its first change not yet emitted: once, however many mentions arrive meanwhile. A frequent entity's
 * profile carries its 100 latest article and story ids, so emitting it for every mention, or even at every commit,
 * made the entity topics most of what the broker wrote. The time of each entity's first unemitted change is kept in
 * a store with a changelog, committed with the states: after a crash, a change not yet emitted is still emitted.
 * Profiles fall due at different times, so the emitting is spread over the interval instead of coming in one burst.
 */
public final class AggregateEntities implements Processor<String, EntityMentions.Batch, String, EntityProfile> {
    public static final String STATES = "entity-states";
    public static final String CHANGED = "entity-changed";
    /**
     * Entity states kept decoded per task, the most recently used (a full one holds its 200 ids in some 3.4 KB, about
     * 5 KB on the heap in all); when more than this many changed within one commit interval, all the changed ones are
     * written out early. At 1,000, two fifths of the state writes of the pipeline benchmark were such early ones
     * (JFR; the states' memory is what 1,000 took when their ids were strings).
     */
    static final int DECODED_STATES = 2_500;

    private final long emitAfterMs;
    private final LongAdder unsent;
    private ProcessorContext<String, EntityProfile> context;
    private KeyValueStore<String, EntityState> states;
    private KeyValueStore<String, Long> changed;
    // What the changed store holds, in memory: looked up for every mention, where the store serialises each key.
    private final Map<String, Long> changedSince = new HashMap<>();

    /** {@code unsent} counts the entities changed but not yet emitted, for telling when the sink is idle. */
    public AggregateEntities(Duration emitAfter, LongAdder unsent) {
        this.emitAfterMs = emitAfter.toMillis();
        this.unsent = unsent;
    }

    public static List<StoreBuilder<?>> storeBuilders() {
        return List.of(
                // Without Streams' record cache: the write-back store in front of it does that work on decoded values.
                WriteBackStore.builder(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATES),
                        Serdes.String(), StoreSerde.of(EntityState.class, EntityState.CODEC)).withCachingDisabled(),
                        DECODED_STATES),
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(CHANGED), Serdes.String(), Serdes.Long()));
    }

    @Override
    public void init(ProcessorContext<String, EntityProfile> context) {
        this.context = context;
        states = context.getStateStore(STATES);
        changed = context.getStateStore(CHANGED);
        unsent.add(-changedSince.size());
        changedSince.clear();
        try (var iterator = changed.all()) {
            iterator.forEachRemaining(entry -> changedSince.put(entry.key, entry.value));
        }
        unsent.add(changedSince.size());
        context.schedule(Duration.ofMillis(Math.max(100, emitAfterMs / 4)), PunctuationType.WALL_CLOCK_TIME,
                this::emitDue);
    }

    @Override
    public void process(Record<String, EntityMentions.Batch> record) {
        EntityMentions.Batch batch = record.value();
        for (EntityState.Mentioned mention : batch.mentions()) {
            EntityState before = states.get(mention.entityId());
            EntityState after = (before == null ? EntityState.empty() : before)
                    .with(batch.articleId(), batch.storyId(), mention);
            if (after != before) {
                states.put(mention.entityId(), after);
                if (!changedSince.containsKey(mention.entityId())) {
                    long now = context.currentSystemTimeMs();
                    changedSince.put(mention.entityId(), now);
                    changed.put(mention.entityId(), now);
                    unsent.increment();
                }
            }
        }
    }

    @Override
    public void close() {
        unsent.add(-changedSince.size());
        changedSince.clear();
    }

    private void emitDue(long now) {
        var due = new ArrayList<String>();
        changedSince.forEach((id, since) -> {
            if (since <= now - emitAfterMs) {
                due.add(id);
            }
        });
        for (String id : due) {
            EntityState state = states.get(id);
            if (state != null) {
                context.forward(new Record<>(id, state.profile(), now));
            }
            changed.delete(id);
            changedSince.remove(id);
            unsent.decrement();
        }
    }
}

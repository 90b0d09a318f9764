package news.events;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic with its one key type, one value type and its creation settings, so producers, the topologies and the
 * tests agree on every topic from one place.
 */
public record TopicSpec<K, V>(String name, int partitions, short replicationFactor, Map<String, String> configs,
                              Serde<K> keySerde, Serde<V> valueSerde) {
    public TopicSpec {
        Objects.requireNonNull(name, "name");
        configs = Map.copyOf(configs);
    }

    public NewTopic newTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }

    public Consumed<K, V> consumed(String processorName) {
        return Consumed.with(keySerde, valueSerde).withName(processorName);
    }

    public Produced<K, V> produced(String processorName) {
        return Produced.with(keySerde, valueSerde).withName(processorName);
    }
}

package news.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    @Test
    void shouldKeepRecordsAcrossRestartOnTheSameDirectory(@TempDir Path dir) throws Exception {
        try (var broker = EmbeddedKafkaBroker.start(dir)) {
            try (var admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("restart.check", 1, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    broker.bootstrapServers(), "enable.idempotence", true, "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart.check", "k", "survives")).get();
            }
        }

        try (var broker = EmbeddedKafkaBroker.start(dir);
             var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                     broker.bootstrapServers()), new StringDeserializer(), new StringDeserializer())) {
            var partition = new TopicPartition("restart.check", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(200));
            }
            assertThat(records.records(partition)).extracting(r -> r.value()).containsExactly("survives");
        }
    }
}

package news.sink.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.Mention;
import news.events.Source;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class EntityMentionsTest {
    private static final int PARTITIONS = 6;

    @Test
    void shouldSendEachEntityToThePartitionKafkaGivesItsIdInOneBatchPerPartition() {
        var entities = IntStream.range(0, 40).mapToObj(i -> entity("PERSON:name " + i, "Name " + i)).toList();
        var batches = EntityMentions.batches(article(entities), PARTITIONS);

        var partitioner = EntityMentions.partitioner(PARTITIONS);
        assertThat(batches).hasSizeLessThanOrEqualTo(PARTITIONS);
        assertThat(batches.stream().mapToInt(kv -> kv.value.mentions().size()).sum()).isEqualTo(40);
        for (var batch : batches) {
            assertThat(batch.value.articleId()).isEqualTo("a1");
            assertThat(batch.value.storyId()).isEqualTo("s1");
            Optional<Set<Integer>> target = partitioner.partitions("t", batch.key, batch.value, PARTITIONS);
            for (EntityState.Mentioned mention : batch.value.mentions()) {
                // As keyed by the entity id alone: the placement of the states built before batching.
                int kafka = BuiltInPartitioner.partitionForKey(
                        mention.entityId().getBytes(StandardCharsets.UTF_8), PARTITIONS);
                assertThat(target).contains(Set.of(kafka));
            }
        }
    }

    @Test
    void shouldKeepEachEntitysFormsSortedAndDistinctAndCountItAtLeastOnce() {
        var entity = new Entity("PERSON:nick checker", "PERSON", "Nick Checker", List.of(new Mention("Checker", 30, 37),
                new Mention("Nick Checker", 0, 12), new Mention("Checker", 50, 57)), 0, 0.8, null);
        var mention = EntityMentions.batches(article(List.of(entity)), PARTITIONS).get(0).value.mentions().get(0);

        assertThat(mention.surfaceForms()).containsExactly("Checker", "Nick Checker");
        assertThat(mention.count()).isEqualTo(1);
        assertThat(mention.name()).isEqualTo("Nick Checker");
    }

    @Test
    void shouldRefuseATopicWithOtherPartitionsThanTheBatchesWereCutFor() {
        var batch = EntityMentions.batches(article(List.of(entity("PERSON:a", "A"))), PARTITIONS).get(0);
        assertThatThrownBy(() -> EntityMentions.partitioner(PARTITIONS).partitions("t", batch.key, batch.value, 3))
                .hasMessageContaining("has 3 partitions where 6 were expected");
    }

    private static Entity entity(String id, String name) {
        return new Entity(id, "PERSON", name, List.of(new Mention(name, 0, name.length())), 1, 0.9, null);
    }

    private static EnrichedArticle article(List<Entity> entities) {
        Instant at = Instant.parse("2026-02-05T10:00:00Z");
        var source = new Source("/inbox/a1.txt", "a1.txt", "0".repeat(63) + "1", "text/plain", 10, null);
        return new EnrichedArticle("a1", "Title", "headline", "Body", at, null, "en", null, "txt", source, at, null,
                null, "s1", entities, List.of(), at);
    }
}

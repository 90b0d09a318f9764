package news.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.enrich.EnrichApp;
import news.events.DeadLetter;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.sink.SinkApp;
import news.testkit.KafkaBroker;
import news.testkit.KafkaBrokerExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison written straight into {@code news.articles.raw} in the middle of 2,000 good articles: bytes that are not
 * UTF-8, valid JSON of the wrong shape, a JSON array, an empty value, and an article with a 1 MB headline. Each
 * unreadable record becomes one {@link DeadLetter} with a reason, the big article is enriched and written like
 * any other, and enrich and sink keep going: every good article comes out exactly once.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PoisonRecordFaultIT {
    private static final int MEGABYTE = 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void shouldDeadLetterPoisonAndKeepEnrichingGoodArticles(KafkaBroker broker) throws Exception {
        long started = System.nanoTime();
        FaultRig rig = FaultRig.create(broker, work, "poison");
        RawArticle big = ArticleSet.article(bigTitle(), "A short body under a headline of a megabyte.", "big.txt");
        ArticleSet articles = ArticleSet.generate(30, 1700, 100, 3, 10).plus(big);
        List<RawArticle> toSend = articles.toSend();
        String raw = rig.topics().articlesRaw().name();
        byte[] garbage = new byte[512];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xC3; // never valid UTF-8 followed by 0x28
        garbage[1] = 0x28;
        Map<String, byte[]> poison = new HashMap<>();
        poison.put("garbage-bytes", garbage);
        poison.put("wrong-shape", "{\"headline\":\"no id, no body\",\"items\":[1,2,3]}".getBytes(StandardCharsets.UTF_8));
        poison.put("json-array", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        poison.put("empty-value", null);

        try (EnrichApp enrich = rig.startEnrich(); SinkApp sink = rig.startSink(); var producer = rig.producer()) {
            ArticleSet.send(producer, raw, toSend.subList(0, toSend.size() / 2));
            for (Map.Entry<String, byte[]> record : poison.entrySet()) {
                producer.send(new ProducerRecord<>(raw, record.getKey(), record.getValue())).get();
            }
            ArticleSet.send(producer, raw, toSend.subList(toSend.size() / 2, toSend.size()));
            long poisoned = System.nanoTime();

            rig.awaitComplete(articles, null);
            long complete = System.nanoTime() - poisoned;
            FaultRig.await("a dead letter for each poison record",
                    () -> rig.read(rig.topics().enrichDlq().name()).size() >= poison.size());
            rig.assertExactOutput(articles);

            Map<String, DeadLetter> letters = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : rig.read(rig.topics().enrichDlq().name())) {
                DeadLetter letter = JsonSerdes.fromBytes(record.value(), DeadLetter.class);
                assertThat(letters.put(letter.key(), letter)).as("second dead letter for %s", letter.key()).isNull();
            }
            assertThat(letters).containsOnlyKeys(poison.keySet());
            letters.values().forEach(letter -> {
                assertThat(letter.stage()).isEqualTo("parse");
                assertThat(letter.reason()).as("reason for %s", letter.key()).isNotBlank();
                assertThat(letter.sourceTopic()).isEqualTo(raw);
                assertThat(letter.offset()).isNotNegative();
                System.out.printf("dead letter %s: %s (%s)%n", letter.key(), letter.reason(), letter.errorClass());
            });
            assertThat(letters.get("garbage-bytes").payloadEncoding()).isEqualTo("base64");
            assertThat(letters.get("wrong-shape").payload()).contains("no id, no body");
            assertThat(letters.get("empty-value").reason()).contains("null value");
            assertThat(enrich.streams().state().isRunningOrRebalancing()).isTrue();
            assertThat(sink.streams().state().isRunningOrRebalancing()).isTrue();
            System.out.printf("%d articles and %d poison records: complete %.1f s after the poison; test %.1f s%n",
                    articles.expectedCount(), poison.size(), complete / 1e9, (System.nanoTime() - started) / 1e9);
        }
    }

    /** About 1 MB of headline made of real sentences, so entity extraction and topic scoring work on all of it. */
    private static String bigTitle() {
        String sentence = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris to discuss trade and energy. ";
        return sentence.repeat(MEGABYTE / sentence.length() + 1).trim();
    }
}

package news.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.events.FileStatus;
import news.events.RawArticle;
import news.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a file's articles to {@code news.articles.raw} and its outcome to {@code news.ingest.status}, and
 * returns only once the broker has acknowledged them (idempotent producer, {@code acks=all}), so the caller can
 * move the file knowing nothing is lost.
 *
 * <p>Values are serialised here rather than in the producer so an article too large for its topic is refused
 * with a reason before anything is sent.
 */
public final class ArticlePublisher implements AutoCloseable, MeterBinder {
    public static final String HEADER_SOURCE_PATH = "newsflow.source.path";
    public static final String HEADER_SOURCE_SHA256 = "newsflow.source.sha256";
    public static final String HEADER_CONTENT_TYPE = "newsflow.source.content-type";
    public static final String HEADER_INGESTED_AT = "newsflow.ingested-at";
    /** Room for the record's key, headers and batch framing on top of the value. */
    private static final int RECORD_OVERHEAD_BYTES = 1024;

    private final Producer<String, byte[]> producer;
    private final Topics topics;
    private final int maxRecordBytes;
    private final Duration ackTimeout;

    public ArticlePublisher(Producer<String, byte[]> producer, Topics topics, int maxRecordBytes, Duration ackTimeout) {
        this.producer = producer;
        this.topics = topics;
        this.maxRecordBytes = maxRecordBytes;
        this.ackTimeout = ackTimeout;
    }

    /** A producer with the settings the delivery guarantee needs; user Kafka settings come first, ours win. */
    public static Producer<String, byte[]> createProducer(Map<String, String> kafka, int maxRecordBytes) {
        Map<String, Object> props = new java.util.HashMap<>(kafka);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // 4 KB articles: the batch size, not the linger, decides throughput (kafka.md).
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes + RECORD_OVERHEAD_BYTES);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "news-ingest");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** The values to send, or the reason the file cannot be published because one article is too large. */
    public List<byte[]> serialise(List<RawArticle> articles) throws ArticleTooLargeException {
        var values = new ArrayList<byte[]>(articles.size());
        for (RawArticle article : articles) {
            byte[] value = topics.articlesRaw().valueSerde().serializer().serialize(topics.articlesRaw().name(), article);
            if (value.length + article.id().length() + RECORD_OVERHEAD_BYTES > maxRecordBytes) {
                throw new ArticleTooLargeException("article '" + abbreviate(article.title()) + "' is " + value.length
                        + " bytes as a record, above the limit of " + maxRecordBytes + " bytes (topics.max-message-bytes)");
            }
            values.add(value);
        }
        return values;
    }

    /** Sends the articles without waiting; {@link #await(List)} the returned sends before trusting them. */
    public List<Future<RecordMetadata>> send(List<RawArticle> articles, List<byte[]> values) {
        var sends = new ArrayList<Future<RecordMetadata>>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            RawArticle article = articles.get(i);
            sends.add(producer.send(new ProducerRecord<>(topics.articlesRaw().name(), null,
                    article.ingestedAt().toEpochMilli(), article.id(), values.get(i), provenance(article))));
        }
        return sends;
    }

    /** Sends a file's status without waiting. */
    public Future<RecordMetadata> send(FileStatus status) {
        byte[] value = topics.ingestStatus().valueSerde().serializer().serialize(topics.ingestStatus().name(), status);
        return producer.send(new ProducerRecord<>(topics.ingestStatus().name(), null, status.at().toEpochMilli(),
                status.sha256(), value));
    }

    /** Waits until every send is acknowledged, or says why not within the acknowledgement timeout. */
    public void await(List<Future<RecordMetadata>> sends) throws PublishException, InterruptedException {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new PublishException("Kafka did not accept the records: " + e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                throw new PublishException("Kafka did not acknowledge the records within " + ackTimeout, e);
            }
        }
    }

    /** Where the record came from, readable without parsing the value (the same facts are in the value too). */
    static Headers provenance(RawArticle article) {
        var headers = new RecordHeaders();
        headers.add(HEADER_SOURCE_PATH, utf8(article.source().path()));
        headers.add(HEADER_SOURCE_SHA256, utf8(article.source().sha256()));
        headers.add(HEADER_CONTENT_TYPE, utf8(String.valueOf(article.source().contentType())));
        headers.add(HEADER_INGESTED_AT, utf8(article.ingestedAt().toString()));
        return headers;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** The producer's own metrics (send rates, errors, request latency). */
    @Override
    public void bindTo(MeterRegistry registry) {
        new KafkaClientMetrics(producer).bindTo(registry);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }

    /** An article whose record would exceed the topic's size limit. */
    public static final class ArticleTooLargeException extends Exception {
        ArticleTooLargeException(String message) {
            super(message);
        }
    }

    /** The broker did not acknowledge in time or refused the records; the file stays in the inbox for a retry. */
    public static final class PublishException extends Exception {
        PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

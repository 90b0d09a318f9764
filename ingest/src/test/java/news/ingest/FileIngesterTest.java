package news.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.events.FileStatus;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.TopicLayout;
import news.events.Topics;
import news.ingest.parse.ArticleFileParser;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file through parse and publish against a mock producer: what is sent, and what the outcome says. */
class FileIngesterTest {
    private static final Instant AT = Instant.parse("2026-02-05T10:00:00Z");
    private static final int MAX_RECORD = 64 * 1024;

    private final Topics topics = Topics.create(TopicLayout.defaults());
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final PublishedFiles published = new PublishedFiles();
    @TempDir
    Path inbox;
    @TempDir
    Path elsewhere;
    private FileIngester ingester;

    @BeforeEach
    void setUp() {
        ingester = ingester(producer, path -> Files.readAllBytes(path));
    }

    private FileIngester ingester(MockProducer<String, byte[]> mock, FileIngester.FileReader reader) {
        var publisher = new ArticlePublisher(mock, topics, MAX_RECORD, Duration.ofSeconds(1));
        return new FileIngester(new ArticleFileParser(), publisher, published, 1024 * 1024, inbox, reader);
    }

    @Test
    void shouldPublishTheArticleWithProvenanceThenTheStatus() throws Exception {
        Path file = write("a.txt", "Rains return to Mopti\n\nFarmers welcomed the first rains of the season.");

        var outcome = (FileIngester.Outcome.Published) ingester.ingest(file, AT);

        List<ProducerRecord<String, byte[]>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic)
                .containsExactly(topics.articlesRaw().name(), topics.ingestStatus().name());
        ProducerRecord<String, byte[]> article = sent.get(0);
        RawArticle value = JsonSerdes.fromBytes(article.value(), RawArticle.class);
        assertThat(article.key()).isEqualTo(value.id()).isEqualTo(outcome.articles().get(0).id());
        assertThat(article.timestamp()).isEqualTo(AT.toEpochMilli());
        assertThat(header(article, ArticlePublisher.HEADER_SOURCE_PATH)).isEqualTo(file.toAbsolutePath().toString());
        assertThat(header(article, ArticlePublisher.HEADER_SOURCE_SHA256)).isEqualTo(value.source().sha256());
        assertThat(header(article, ArticlePublisher.HEADER_CONTENT_TYPE)).isEqualTo("text/plain");
        assertThat(header(article, ArticlePublisher.HEADER_INGESTED_AT)).isEqualTo("2026-02-05T10:00:00Z");
        FileStatus status = JsonSerdes.fromBytes(sent.get(1).value(), FileStatus.class);
        assertThat(sent.get(1).key()).isEqualTo(value.source().sha256());
        assertThat(status.outcome()).isEqualTo(FileStatus.PUBLISHED);
        assertThat(status.articles()).isEqualTo(1);
        assertThat(published.contains(value.source().sha256())).isTrue();
    }

    @Test
    void shouldSendOnlyAStatusForBytesPublishedBefore() throws Exception {
        ingester.ingest(write("a.txt", "Headline\n\nSame body."), AT);
        producer.clear();

        var outcome = ingester.ingest(write("copy.txt", "Headline\n\nSame body."), AT);

        assertThat(outcome).isInstanceOf(FileIngester.Outcome.Duplicate.class);
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsExactly(topics.ingestStatus().name());
        assertThat(JsonSerdes.fromBytes(producer.history().get(0).value(), FileStatus.class).outcome())
                .isEqualTo(FileStatus.DUPLICATE);
    }

    @Test
    void shouldRefuseAFileAboveTheSizeLimitUnread() throws Exception {
        Path big = write("big.txt", "x".repeat(1024 * 1024 + 1));

        var outcome = (FileIngester.Outcome.Failed) ingester(producer, path -> {
            throw new AssertionError("an oversized file must not be read");
        }).ingest(big, AT);

        assertThat(outcome.stage()).isEqualTo("read");
        assertThat(outcome.reason()).contains("1048577 bytes").contains("ingest.files.max-bytes");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldRefuseAnArticleWhoseRecordWouldBeTooLarge() throws Exception {
        Path file = write("long.txt", "Headline\n\n" + "word ".repeat(MAX_RECORD / 4));

        var outcome = (FileIngester.Outcome.Failed) ingester.ingest(file, AT);

        assertThat(outcome.stage()).isEqualTo("publish");
        assertThat(outcome.reason()).contains("above the limit of " + MAX_RECORD + " bytes");
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsExactly(topics.ingestStatus().name());
    }

    @Test
    void shouldRefuseASymbolicLinkLeavingTheInbox() throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "Secret\n\nNot for the inbox.");
        Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), secret);

        var outcome = (FileIngester.Outcome.Failed) ingester.ingest(link, AT);

        assertThat(outcome.stage()).isEqualTo("watch");
        assertThat(outcome.reason()).contains("outside").contains(secret.toRealPath().toString());
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldFollowASymbolicLinkInsideTheInbox() throws Exception {
        Path target = write("real.txt.part", "Headline inside\n\nThe body of a file kept inside.");
        Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), target);

        assertThat(ingester.ingest(link, AT)).isInstanceOf(FileIngester.Outcome.Published.class);
    }

    @Test
    void shouldReportAFileThatCannotBeRead() throws Exception {
        Path file = write("locked.txt", "Headline\n\nBody.");

        var outcome = (FileIngester.Outcome.Failed) ingester(producer, path -> {
            throw new AccessDeniedException(path.toString());
        }).ingest(file, AT);

        assertThat(outcome.stage()).isEqualTo("read");
        assertThat(outcome.reason()).contains("cannot read").contains("AccessDenied");
    }

    @Test
    void shouldSayGoneForAFileThatVanished() throws Exception {
        assertThat(ingester.ingest(inbox.resolve("never-there.txt"), AT))
                .isInstanceOf(FileIngester.Outcome.Gone.class);
    }

    @Test
    void shouldLeaveTheFileToRetryWhenKafkaDoesNotAcknowledge() throws Exception {
        var failing = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        Path file = write("a.txt", "Headline\n\nBody.");
        var sending = ingester(failing, path -> Files.readAllBytes(path));
        var errorLater = new Thread(() -> {
            while (failing.history().isEmpty()) {
                Thread.onSpinWait();
            }
            failing.errorNext(new TimeoutException("broker down"));
        });
        errorLater.start();

        assertThatThrownBy(() -> sending.ingest(file, AT))
                .isInstanceOf(ArticlePublisher.PublishException.class).hasMessageContaining("broker down");
        errorLater.join();
        assertThat(published.size()).isZero();
        assertThat(file).exists();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String header(ProducerRecord<String, byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}

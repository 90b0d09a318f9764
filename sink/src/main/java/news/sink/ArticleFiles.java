package news.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.LongAdder;
import news.events.EnrichedArticle;
import news.sink.files.JsonFileWriter;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Writes each enriched article to {@code articles/<id>.json} before passing it on. The file is written before the
 * input offset is committed, so after a crash the article is written again with the same bytes, never missed.
 * A write error fails the task rather than skipping the article.
 */
final class ArticleFiles implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {
    private final JsonFileWriter writer;
    private final LongAdder written;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;

    ArticleFiles(JsonFileWriter writer, LongAdder written) {
        this.writer = writer;
        this.written = written;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        try {
            writer.write(record.value().id(), record.value());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the file of article " + record.value().id(), e);
        }
        written.increment();
        context.forward(record);
    }
}

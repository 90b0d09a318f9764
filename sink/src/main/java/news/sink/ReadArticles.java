package news.sink;

import news.events.EnrichedArticle;
import news.events.JsonSerdes;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each enriched record into an {@link ArticleRecord}: the article, and the bytes it came in, which the sink
 * writes on to {@code news.articles} unchanged and indents into the article file, instead of writing the article as
 * JSON twice more. Only enrich writes the topic; a record that is not an EnrichedArticle is logged with where it is
 * and skipped.
 */
final class ReadArticles implements FixedKeyProcessor<String, byte[], ArticleRecord> {
    private static final Logger log = LoggerFactory.getLogger(ReadArticles.class);

    private FixedKeyProcessorContext<String, ArticleRecord> context;

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleRecord> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        byte[] json = record.value();
        try {
            if (json == null) {
                throw new SerializationException("no value");
            }
            EnrichedArticle article = JsonSerdes.fromBytes(json, EnrichedArticle.class);
            context.forward(record.withValue(new ArticleRecord(json, article)));
        } catch (SerializationException e) {
            String where = context.recordMetadata()
                    .map(m -> m.topic() + "-" + m.partition() + " at offset " + m.offset()).orElse("?");
            log.warn("skipped record {} of {}: {}", record.key(), where, e.getMessage());
        }
    }
}

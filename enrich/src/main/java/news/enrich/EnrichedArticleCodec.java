package news.enrich;

import news.enrich.dedup.Fingerprint;
import java.util.LinkedHashMap;
import java.util.Map;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.Mention;
import news.events.Source;
import news.events.StoreSerde;
import news.events.TopicScore;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The enriched article as it crosses enrich's internal group-articles topic, with its MinHash fingerprint and key
 * terms ({@link GroupingInput}): field by field rather than as the 14 KB of JSON of a 4 KB article with 40 entities,
 * which the grouping stage (one thread for every article) spent some 80 µs an article writing and reading. The topics
 * others read stay JSON; a JSON record left in the topic by an earlier version is still read ({@link StoreSerde}).
 */
final class EnrichedArticleCodec {
    static final StoreSerde.Codec<EnrichedArticle> ARTICLE = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, EnrichedArticle a) {
            out.id(a.id()).text(a.title()).text(a.titleSource()).text(a.body()).instant(a.published())
                    .text(a.byline()).text(a.language()).text(a.url()).text(a.format());
            SOURCE.write(out, a.source());
            out.instant(a.ingestedAt()).id(a.duplicateOf()).flag(a.similarity() != null);
            if (a.similarity() != null) {
                out.number(a.similarity());
            }
            out.id(a.storyId()).list(a.entities(), ENTITY).list(a.topics(), TOPIC).instant(a.enrichedAt());
        }

        @Override
        public EnrichedArticle read(StoreSerde.In in) {
            return new EnrichedArticle(in.id(), in.text(), in.text(), in.text(), in.instant(), in.text(), in.text(),
                    in.text(), in.text(), SOURCE.read(in), in.instant(), in.id(), in.flag() ? in.number() : null,
                    in.id(), in.list(ENTITY), in.list(TOPIC), in.instant());
        }
    };

    /**
     * An article with what the parallel stage worked out for the grouping stage: a null id first (an article's never
     * is) tells it from the plain article that earlier versions wrote, which {@link #GROUP_ARTICLE_SERDE} still reads.
     */
    static final StoreSerde.Codec<GroupingInput> GROUPING_INPUT = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, GroupingInput g) {
            ARTICLE.write(out.id(null), g.article());
            out.flag(g.fingerprint() != null);
            if (g.fingerprint() != null) {
                Fingerprint.CODEC.write(out, g.fingerprint());
            }
            out.flag(g.storyKeys() != null);
            if (g.storyKeys() != null) {
                out.varint(g.storyKeys().size());
                g.storyKeys().forEach((key, weight) -> out.text(key).number(weight));
            }
        }

        @Override
        public GroupingInput read(StoreSerde.In in) {
            if (in.id() != null) {
                throw new IllegalArgumentException("not a grouping input");
            }
            EnrichedArticle article = ARTICLE.read(in);
            Fingerprint fingerprint = in.flag() ? Fingerprint.CODEC.read(in) : null;
            Map<String, Double> keys = null;
            if (in.flag()) {
                int n = in.count();
                keys = new LinkedHashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    keys.put(in.text(), in.number());
                }
            }
            return new GroupingInput(article, fingerprint, keys);
        }
    };

    /**
     * The value serde of the group-articles topic. Records of earlier versions (the article alone, field by field or
     * as JSON) are read with nothing worked out, which the grouping stage then does itself.
     */
    static final Serde<GroupingInput> GROUP_ARTICLE_SERDE = Serdes.serdeFrom(
            (topic, value) -> value == null ? null : StoreSerde.toBytes(GROUPING_INPUT, value),
            (topic, bytes) -> bytes == null ? null : bytes.length > 1 && bytes[0] != '{' && bytes[1] == 0
                    ? StoreSerde.fromBytes(bytes, GroupingInput.class, GROUPING_INPUT)
                    : new GroupingInput(StoreSerde.fromBytes(bytes, EnrichedArticle.class, ARTICLE), null, null));

    private static final StoreSerde.Codec<Source> SOURCE = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Source s) {
            out.text(s.path()).text(s.name()).text(s.sha256()).text(s.contentType()).signed(s.sizeBytes())
                    .flag(s.feedItem() != null);
            if (s.feedItem() != null) {
                out.signed(s.feedItem());
            }
        }

        @Override
        public Source read(StoreSerde.In in) {
            return new Source(in.text(), in.text(), in.text(), in.text(), in.signed(),
                    in.flag() ? Integer.valueOf((int) in.signed()) : null);
        }
    };

    private static final StoreSerde.Codec<Mention> MENTION = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Mention m) {
            out.text(m.text()).signed(m.start()).signed(m.end());
        }

        @Override
        public Mention read(StoreSerde.In in) {
            return new Mention(in.text(), (int) in.signed(), (int) in.signed());
        }
    };

    private static final StoreSerde.Codec<Entity> ENTITY = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Entity e) {
            out.text(e.id()).text(e.type()).text(e.name()).list(e.mentions(), MENTION).signed(e.count())
                    .number(e.salience()).text(e.value());
        }

        @Override
        public Entity read(StoreSerde.In in) {
            return new Entity(in.text(), in.text(), in.text(), in.list(MENTION), (int) in.signed(), in.number(),
                    in.text());
        }
    };

    private static final StoreSerde.Codec<TopicScore> TOPIC = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, TopicScore t) {
            out.text(t.code()).text(t.uri()).text(t.label()).signed(t.level()).number(t.score())
                    .list(t.evidence(), StoreSerde.TEXT);
        }

        @Override
        public TopicScore read(StoreSerde.In in) {
            return new TopicScore(in.text(), in.text(), in.text(), (int) in.signed(), in.number(),
                    in.list(StoreSerde.TEXT));
        }
    };

    private EnrichedArticleCodec() {
    }
}

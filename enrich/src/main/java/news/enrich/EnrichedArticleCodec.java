package news.enrich;

import news.enrich.dedup.Fingerprint;
import news.enrich.dedup.Fingerprinted;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.Mention;
import news.events.Source;
import news.events.StoreSerde;
import news.events.TopicScore;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The enriched article as it crosses enrich's internal group-articles topic, with its MinHash fingerprint: field by
 * field rather than as the 14 KB of JSON of a 4 KB article with 40 entities, which the grouping stage (one thread for
 * every article) spent some 80 µs an article writing and reading. The topics others read stay JSON; a JSON record left in the topic by an
 * earlier version is still read ({@link StoreSerde}).
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
     * An article with its fingerprint: a null id first (an article's never is) tells it from the plain article that
     * earlier versions wrote, which {@link #GROUP_ARTICLE_SERDE} still reads.
     */
    static final StoreSerde.Codec<Fingerprinted> FINGERPRINTED = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Fingerprinted f) {
            ARTICLE.write(out.id(null), f.article());
            out.flag(f.fingerprint() != null);
            if (f.fingerprint() != null) {
                Fingerprint.CODEC.write(out, f.fingerprint());
            }
        }

        @Override
        public Fingerprinted read(StoreSerde.In in) {
            if (in.id() != null) {
                throw new IllegalArgumentException("not an article with its fingerprint");
            }
            return new Fingerprinted(ARTICLE.read(in), in.flag() ? Fingerprint.CODEC.read(in) : null);
        }
    };

    /**
     * The value serde of the group-articles topic. Records of earlier versions (the article alone, field by field or
     * as JSON) are read without a fingerprint, which the grouping stage then works out.
     */
    static final Serde<Fingerprinted> GROUP_ARTICLE_SERDE = Serdes.serdeFrom(
            (topic, value) -> value == null ? null : StoreSerde.toBytes(FINGERPRINTED, value),
            (topic, bytes) -> bytes == null ? null : bytes.length > 1 && bytes[0] != '{' && bytes[1] == 0
                    ? StoreSerde.fromBytes(bytes, Fingerprinted.class, FINGERPRINTED)
                    : new Fingerprinted(StoreSerde.fromBytes(bytes, EnrichedArticle.class, ARTICLE), null));

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

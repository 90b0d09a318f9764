package news.sink.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.events.EnrichedArticle;
import news.events.Entity;
import news.events.JsonSerdes;
import news.events.StoreSerde;
import news.events.Story;
import news.events.TopicScore;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the sink keeps per story to build its {@link Story} view: what each member article contributes, by article
 * id, so that seeing an article again (a replay, a re-sent file) replaces its contribution instead of adding it
 * twice. Immutable: {@link #with(EnrichedArticle)} returns a new state.
 *
 * @param members by article id; at most {@link #MAX_MEMBERS}, the most recent kept
 */
public record StoryState(String id, Map<String, Member> members) {
    /** A story keeps its newest members; an endless story must not grow without bound. */
    public static final int MAX_MEMBERS = 1000;
    static final int TOP_ENTITIES = 10;
    static final int TOP_TOPICS = 5;

    /** One article's part in the story. */
    public record Member(String title, Instant seen, List<Entity> entities, List<TopicScore> topics) {
    }

    public StoryState {
        members = members == null ? Map.of() : Map.copyOf(members);
    }

    /** One member, as the story-states store and the stories-by-id repartition topic keep it. */
    private static final StoreSerde.Codec<Member> MEMBER = new StoreSerde.Codec<>() {
        private final StoreSerde.Codec<Entity> entity = new StoreSerde.Codec<>() {
            @Override
            public void write(StoreSerde.Out out, Entity e) {
                // A member keeps no mentions: the view sums counts only.
                out.text(e.id()).text(e.type()).text(e.name()).signed(e.count()).number(e.salience()).text(e.value());
            }

            @Override
            public Entity read(StoreSerde.In in) {
                return new Entity(in.text(), in.text(), in.text(), List.of(), (int) in.signed(), in.number(),
                        in.text());
            }
        };
        private final StoreSerde.Codec<TopicScore> topic = new StoreSerde.Codec<>() {
            @Override
            public void write(StoreSerde.Out out, TopicScore t) {
                out.text(t.code()).text(t.uri()).text(t.label()).signed(t.level()).number(t.score());
            }

            @Override
            public TopicScore read(StoreSerde.In in) {
                return new TopicScore(in.text(), in.text(), in.text(), (int) in.signed(), in.number(), List.of());
            }
        };

        @Override
        public void write(StoreSerde.Out out, Member m) {
            out.text(m.title()).instant(m.seen()).list(m.entities(), entity).list(m.topics(), topic);
        }

        @Override
        public Member read(StoreSerde.In in) {
            return new Member(in.text(), in.instant(), in.list(entity), in.list(topic));
        }
    };

    /** How the sink's story-states store keeps it (read for every article of the story, so not JSON). */
    public static final StoreSerde.Codec<StoryState> CODEC = new StoreSerde.Codec<>() {

        @Override
        public void write(StoreSerde.Out out, StoryState state) {
            out.text(state.id()).varint(state.members().size());
            state.members().forEach((articleId, m) -> MEMBER.write(out.text(articleId), m));
        }

        @Override
        public StoryState read(StoreSerde.In in) {
            String id = in.text();
            int n = in.count();
            var members = new HashMap<String, Member>(n * 2);
            for (int i = 0; i < n; i++) {
                members.put(in.text(), MEMBER.read(in));
            }
            return new StoryState(id, members);
        }
    };

    private static final StoreSerde.Codec<Contribution> CONTRIBUTION = new StoreSerde.Codec<>() {
        @Override
        public void write(StoreSerde.Out out, Contribution c) {
            MEMBER.write(out.text(c.articleId()).text(c.storyId()), c.member());
        }

        @Override
        public Contribution read(StoreSerde.In in) {
            return new Contribution(in.text(), in.text(), MEMBER.read(in));
        }
    };

    /**
     * How a contribution travels through the repartition topic. A record written as JSON by an older version (the
     * whole enriched article) is still read, so records in flight at an upgrade are not lost.
     */
    public static final Serde<Contribution> CONTRIBUTION_SERDE = Serdes.serdeFrom(
            (topic, c) -> c == null ? null : StoreSerde.toBytes(CONTRIBUTION, c),
            (topic, bytes) -> bytes == null ? null : bytes.length > 0 && bytes[0] == '{'
                    ? Contribution.of(JsonSerdes.fromBytes(bytes, EnrichedArticle.class))
                    : StoreSerde.fromBytes(bytes, Contribution.class, CONTRIBUTION));

    public static StoryState empty() {
        return new StoryState(null, Map.of());
    }

    /**
     * What one article brings to its story: all the story view needs of it, and what the sink sends through its
     * stories-by-id repartition topic instead of the whole enriched article (a few hundred bytes, not 14 KB).
     */
    public record Contribution(String articleId, String storyId, Member member) {
        public static Contribution of(EnrichedArticle article) {
            List<Entity> named = article.entities().stream()
                    .map(e -> new Entity(e.id(), e.type(), e.name(), List.of(), e.count(), e.salience(), e.value()))
                    .toList();
            // The view sums counts and averages scores: mentions and evidence stay with the article.
            List<TopicScore> topics = article.topics().stream()
                    .map(t -> new TopicScore(t.code(), t.uri(), t.label(), t.level(), t.score(), List.of())).toList();
            return new Contribution(article.id(), article.storyId(),
                    new Member(article.title(), article.ingestedAt(), named, topics));
        }
    }

    public StoryState with(EnrichedArticle article) {
        return with(Contribution.of(article));
    }

    public StoryState with(Contribution contribution) {
        var next = new HashMap<>(members);
        next.put(contribution.articleId(), contribution.member());
        if (next.size() > MAX_MEMBERS) {
            next.entrySet().stream().min(Comparator.comparing((Map.Entry<String, Member> m) -> m.getValue().seen())
                    .thenComparing(Map.Entry::getKey)).ifPresent(oldest -> next.remove(oldest.getKey()));
        }
        return new StoryState(contribution.storyId(), next);
    }

    /** The view: members in order of arrival, the first one's title, the entities and topics most members share. */
    public Story story() {
        List<Map.Entry<String, Member>> ordered = members.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Member> m) -> m.getValue().seen())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        Member first = ordered.get(0).getValue();
        Instant last = ordered.get(ordered.size() - 1).getValue().seen();
        return new Story(id, first.title(), ordered.stream().map(Map.Entry::getKey).toList(), first.seen(), last,
                topEntities(), topTopics());
    }

    /** Entities summed over members, most mentioned first (ties by name). */
    private List<Entity> topEntities() {
        var byId = new LinkedHashMap<String, Entity>();
        for (Member member : members.values()) {
            for (Entity e : member.entities()) {
                byId.merge(e.id(), e, (a, b) -> new Entity(a.id(), a.type(), a.name(), List.of(), a.count() + b.count(),
                        Math.max(a.salience(), b.salience()), a.value()));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingInt(Entity::count).reversed().thenComparing(Entity::name))
                .limit(TOP_ENTITIES).toList();
    }

    /** Topics averaged over all members (a member without the topic counts as 0), best first. */
    private List<TopicScore> topTopics() {
        var sums = new HashMap<String, Double>();
        var examples = new HashMap<String, TopicScore>();
        for (Member member : members.values()) {
            for (TopicScore t : member.topics()) {
                sums.merge(t.code(), t.score(), Double::sum);
                examples.putIfAbsent(t.code(), t);
            }
        }
        var topics = new ArrayList<TopicScore>();
        sums.forEach((code, sum) -> {
            TopicScore t = examples.get(code);
            topics.add(new TopicScore(code, t.uri(), t.label(), t.level(), sum / members.size(), List.of()));
        });
        topics.sort(Comparator.comparingDouble(TopicScore::score).reversed().thenComparing(TopicScore::code));
        return topics.stream().limit(TOP_TOPICS).toList();
    }
}

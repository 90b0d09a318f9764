package news.enrich.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import news.enrich.entities.Places;
import news.events.ArticleIdentity;
import news.events.EnrichedArticle;
import news.events.Entity;

/**
 * Puts each article into a story, given the articles before it in one total order: the story of the article it
 * near-duplicates, else the most similar open story at or above the threshold, else a new story whose id is the
 * article's own. An assignment never changes afterwards. Then gives the article's people, organisations and places
 * the story's entity ids and canonical names ({@link EntityRegistry}).
 *
 * <p>An article is a unit vector over the key terms of its title and lead ({@link KeyTerms}) and its named entities,
 * each weighted by its inverse frequency over the open stories (the stories whose members carry it, from the
 * inverted index), so that a word or name few stories carry ("Titanfall", a minister's name) binds and a ubiquitous
 * one ("Mali", "Apple") barely does. Stories rather than articles: a story's own anchor ("MH370") is repeated by
 * hundreds of its members, which made it look common by article counts just as the story grew.
 * A story is compared through its centroid (the sum of its members' vectors) and through its latest members, the
 * better of the two: a story drifts as it runs, and its newest wording is often the one the next article repeats.
 * Candidate stories come from an inverted index over the heaviest keys of the article.
 *
 * <p>All state is in a {@link StoryMemory}; this class holds none, so it is deterministic given the order of articles
 * and the memory's content, and the same code runs in the topology and in {@code eval stories}.
 */
public final class StoryGrouper {
    /** The key under which {@link StoryMemory#terms()} keeps the number of articles counted. */
    static final String ARTICLE_COUNT = "#articles";
    /** The key under which {@link StoryMemory#terms()} keeps the number of live stories (the IDF's population). */
    static final String STORY_COUNT = "#stories";
    /** The heaviest keys of an article that are looked up in, and added to, the index. */
    static final int INDEX_KEYS = 24;
    /** Stories kept per index key, the latest; older ones are still found through the article's other keys. */
    static final int POSTINGS_PER_KEY = 64;
    /** Latest members whose vectors a profile keeps, and their size. */
    static final int RECENT_MEMBERS = 3;
    static final int RECENT_TERMS = 16;
    /** The keys both vectors need before their cosine is trusted. */
    static final int MIN_COSINE_KEYS = 12;
    /** The lead: where a news article says who did what; further down it drifts into background. */
    static final int LEAD_CHARS = 400;
    static final String ENTITY_PREFIX = "e:";
    /**
     * Pseudo-stories without the key, added to the running count: early in a stream every key would otherwise look
     * common. Small, so that what the first few articles share already weighs less than what they do not (chosen
     * with the seeds, where it decides whether a story's bystanders, a minister every article quotes, or its actors
     * bind articles; on a long stream it no longer matters).
     */
    private static final double IDF_PRIOR = 4;
    /**
     * A person is the most specific sign of an event (who did it), an organisation less so; a place is shared by many
     * events, so places weigh less than their rarity alone would say.
     */
    private static final Map<String, Double> ENTITY_TYPE_WEIGHTS = Map.of("PERSON", 3.0, "ORGANIZATION", 1.2,
            "MISC", 1.0, "LOCATION", 0.6);

    /**
     * A country or region (or its demonym) is the setting of many stories rather than the subject of one: "Mali" is
     * in every story from Mali. It keeps this share of its weight.
     */
    private static final double SETTING = 0.25;
    /** An entity's weight is its type's times this plus its salience: named once, it still counts a little. */
    private static final double ENTITY_FLOOR = 0.5;
    /** The same for an entity named only below the lead: a bystander counts by its salience alone, almost. */
    private static final double BYSTANDER_FLOOR = 0.1;

    private final StoryConfig config;
    private final StoryMemory memory;
    private final Places places;
    /** Normalised entity names kept between articles: a cache of pure functions, no state of the grouping. */
    private final EntityRegistry.Names names = new EntityRegistry.Names();

    /**
     * @param places the countries and regions (and demonyms) of the entity extractor, weighed as settings
     */
    public StoryGrouper(StoryConfig config, StoryMemory memory, Places places) {
        this.config = config;
        this.memory = memory;
        this.places = places;
    }

    /**
     * What was decided for one article.
     *
     * @param article       the article with its story id and canonical entities
     * @param joined        whether it joined an existing story (false: it started one)
     * @param similarity    its similarity to the story it joined (for a near-duplicate, its similarity to the
     *                      original), or to the best candidate when it started a story
     * @param bestCandidate the most similar candidate story, or null when there was none
     * @param reason        {@code duplicate}, {@code similar}, {@code new} or {@code seen} (assigned before)
     */
    public record Decision(EnrichedArticle article, boolean joined, double similarity, String bestCandidate,
                           String reason) {
    }

    public Decision assign(EnrichedArticle article) {
        return assign(article, null);
    }

    /**
     * The same with the article's key terms worked out before ({@link #keysOf}, in the parallel stage of enrich);
     * null: worked out here.
     */
    public Decision assign(EnrichedArticle article, Map<String, Double> keys) {
        Instant at = article.ingestedAt();
        Membership before = memory.articles().get(article.id());
        if (before != null && memory.profiles().get(before.storyId()) != null) {
            // A replayed article keeps its story; its entities are named as the story names them now.
            StoryProfile story = memory.profiles().get(before.storyId());
            EntityRegistry.Result named = EntityRegistry.apply(story.entities(), article.entities(),
                    story.members() + 1, names);
            return new Decision(article.inStory(story.id(), named.entities()), true, 1.0, story.id(), "seen");
        }
        // Postings are read for the article's vector, again for its candidates and again to update them: the stored
        // memory keeps recently read values decoded, so the second and third reads cost a map lookup.
        StoryMemory.Table<Postings> index = memory.index();
        // The raw keys are needed again for the story's centroid: worked out once (or carried).
        Map<String, Double> raw = keys == null ? keysOf(article, places) : keys;
        SparseVector vector = vector(raw, index);
        String storyId = null;
        double similarity = 0;
        String reason;
        Candidate best = null;
        Membership original = article.duplicateOf() == null ? null : memory.articles().get(article.duplicateOf());
        if (original != null && memory.profiles().get(original.storyId()) != null) {
            storyId = original.storyId();
            similarity = article.similarity() == null ? 1.0 : article.similarity();
            reason = "duplicate";
        } else {
            best = bestCandidate(vector, at, index);
            if (best != null && best.similarity() >= config.threshold()) {
                storyId = best.profile().id();
                similarity = best.similarity();
                reason = "similar";
            } else {
                similarity = best == null ? 0 : best.similarity();
                reason = "new";
            }
        }
        count(vector, at);
        StoryProfile story = storyId == null ? null : memory.profiles().get(storyId);
        if (story == null) {
            TermCount stories = memory.terms().get(STORY_COUNT);
            memory.terms().put(STORY_COUNT, new TermCount(stories == null ? 1 : stories.articles() + 1, at));
        }
        StoryProfile updated = story == null ? newStory(article, raw, vector) : joined(story, raw, vector, at);
        EntityRegistry.Result named = EntityRegistry.apply(story == null ? List.of() : story.entities(),
                article.entities(), updated.members(), names);
        updated = new StoryProfile(updated.id(), updated.firstSeen(), updated.lastSeen(), updated.members(),
                updated.centroid(), updated.recent(), named.registry());
        memory.profiles().put(updated.id(), updated);
        memory.articles().put(article.id(), new Membership(updated.id(), at));
        index(vector, updated.id(), at, index);
        return new Decision(article.inStory(updated.id(), named.entities()), story != null, similarity,
                best == null ? (story == null ? null : story.id()) : best.profile().id(), reason);
    }

    /**
     * Forgets what is older than the retention before {@code now}: stories idle since, their articles, index
     * entries and term counts. Called periodically on stream time; memory is thereby bounded by what one retention
     * brings.
     */
    public void purge(Instant now) {
        Instant cutoff = now.minus(config.retention());
        var stale = new ArrayList<String>();
        memory.profiles().forEach((id, profile) -> {
            if (profile.lastSeen().isBefore(cutoff)) {
                stale.add(id);
            }
        });
        stale.forEach(memory.profiles()::delete);
        TermCount stories = memory.terms().get(STORY_COUNT);
        if (stories != null && !stale.isEmpty()) {
            memory.terms().put(STORY_COUNT, new TermCount(Math.max(0, stories.articles() - stale.size()),
                    stories.lastSeen()));
        }
        stale.clear();
        memory.articles().forEach((id, membership) -> {
            if (membership.at().isBefore(cutoff)) {
                stale.add(id);
            }
        });
        stale.forEach(memory.articles()::delete);
        stale.clear();
        var trimmed = new LinkedHashMap<String, Postings>();
        memory.index().forEach((key, postings) -> {
            List<Postings.Posting> live = postings.stories().stream().filter(p -> !p.seenBefore(cutoff))
                    .toList();
            if (live.size() != postings.stories().size()) {
                trimmed.put(key, new Postings(live));
            }
        });
        trimmed.forEach((key, postings) -> {
            if (postings.stories().isEmpty()) {
                memory.index().delete(key);
            } else {
                memory.index().put(key, postings);
            }
        });
        memory.terms().forEach((key, count) -> {
            if (!key.equals(ARTICLE_COUNT) && !key.equals(STORY_COUNT) && count.lastSeen().isBefore(cutoff)) {
                stale.add(key);
            }
        });
        stale.forEach(memory.terms()::delete);
    }

    private record Candidate(StoryProfile profile, double similarity) {
    }

    private Candidate bestCandidate(SparseVector vector, Instant at, StoryMemory.Table<Postings> index) {
        // Pre-score each story found through the index by the article's weight on the keys that led to it.
        var found = new HashMap<String, Double>();
        for (Weight w : vector.top(INDEX_KEYS).weights()) {
            Postings postings = index.get(w.key());
            if (postings != null) {
                postings.stories().forEach(p -> found.merge(p.storyId(), w.weight(), Double::sum));
            }
        }
        List<String> candidates = found.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.maxCandidates()).map(Map.Entry::getKey).toList();
        Candidate best = null;
        var probe = new Probe(vector);
        for (String id : candidates) {
            StoryProfile profile = memory.profiles().get(id);
            if (profile == null || !open(profile, at)) {
                continue;
            }
            double similarity = probe.similarity(profile);
            if (best == null || similarity > best.similarity()
                    || similarity == best.similarity() && id.compareTo(best.profile().id()) < 0) {
                best = new Candidate(profile, similarity);
            }
        }
        return best;
    }

    /** A story takes members from {@code open-for} before its first article to {@code open-for} after its latest. */
    private boolean open(StoryProfile profile, Instant at) {
        return !at.isAfter(profile.lastSeen().plus(config.openFor()))
                && !at.isBefore(profile.firstSeen().minus(config.openFor()));
    }

    /**
     * The better of two views. Coverage: the share of the article's weight on keys the story's members carry, a key
     * counting fully once about the square root of the member count carry it, so a story's broad vocabulary does not
     * dilute it as a centroid cosine would. Member cosine: against each of its latest members, for articles long
     * enough on both sides (a few headline words give a noisy cosine that merges unrelated stories).
     */
    /**
     * The article's vector set up once to be compared with every candidate: each story's keys are looked up in the
     * article's, rather than a map built of every story's centroid and members. Products are summed in the article's
     * key order, as {@link SparseVector#cosine} sums them, so the similarities are the same to the last bit.
     */
    private static final class Probe {
        private final List<Weight> weights;
        private final Map<String, Integer> positions;
        private final double total;
        private final double norm;
        private final double[] products;

        Probe(SparseVector vector) {
            this.weights = vector.weights();
            this.positions = new HashMap<>(weights.size() * 2);
            double sum = 0;
            for (int i = 0; i < weights.size(); i++) {
                positions.put(weights.get(i).key(), i);
                sum += weights.get(i).weight();
            }
            this.total = sum;
            this.norm = vector.norm();
            this.products = new double[weights.size()];
        }

        double similarity(StoryProfile profile) {
            double best = coverage(profile);
            if (weights.size() < MIN_COSINE_KEYS) {
                return best;
            }
            for (List<Weight> member : profile.recent()) {
                if (member.size() >= MIN_COSINE_KEYS) {
                    best = Math.max(best, cosine(member));
                }
            }
            return best;
        }

        private double coverage(StoryProfile profile) {
            double full = Math.sqrt(profile.members());
            Arrays.fill(products, 0);
            for (Weight carrier : profile.centroid()) {
                Integer i = positions.get(carrier.key());
                if (i != null) {
                    products[i] = weights.get(i).weight() * Math.min(1, carrier.weight() / full);
                }
            }
            return total == 0 ? 0 : sum() / total;
        }

        private double cosine(List<Weight> member) {
            double norms = norm * new SparseVector(member).norm();
            if (norms == 0) {
                return 0;
            }
            Arrays.fill(products, 0);
            for (Weight other : member) {
                Integer i = positions.get(other.key());
                if (i != null) {
                    products[i] = weights.get(i).weight() * other.weight();
                }
            }
            return Math.min(1, sum() / norms);
        }

        /** In the article's key order; a key the story lacks adds 0, which leaves a sum of positives as it was. */
        private double sum() {
            double sum = 0;
            for (double product : products) {
                sum += product;
            }
            return sum;
        }
    }

    private StoryProfile newStory(EnrichedArticle article, Map<String, Double> raw, SparseVector vector) {
        return new StoryProfile(article.id(), article.ingestedAt(), article.ingestedAt(), 1,
                presence(raw, vector).top(config.profileTerms()).weights(), List.of(vector.top(RECENT_TERMS).weights()),
                List.of());
    }

    private StoryProfile joined(StoryProfile story, Map<String, Double> raw, SparseVector vector, Instant at) {
        var recent = new ArrayList<>(story.recent());
        recent.add(vector.top(RECENT_TERMS).weights());
        while (recent.size() > RECENT_MEMBERS) {
            recent.remove(0);
        }
        SparseVector centroid = new SparseVector(story.centroid()).plus(presence(raw, vector)).top(config.profileTerms());
        Instant lastSeen = at.isAfter(story.lastSeen()) ? at : story.lastSeen();
        Instant firstSeen = at.isBefore(story.firstSeen()) ? at : story.firstSeen();
        return new StoryProfile(story.id(), firstSeen, lastSeen, story.members() + 1, centroid.weights(), recent,
                story.entities());
    }

    /**
     * How fully the article carries each key of its vector, 0..1: a title word or a central entity fully, a word only
     * in the lead or a person named in passing in part. A story's centroid sums these, so a key its members only
     * mention in passing does not cover a later article's headline word as if the story were about it.
     */
    private SparseVector presence(Map<String, Double> raw, SparseVector vector) {
        return new SparseVector(vector.weights().stream()
                .map(w -> new Weight(w.key(), Math.min(1, raw.getOrDefault(w.key(), 1.0) / scale(w.key()))))
                .toList());
    }

    /** The raw weight of a key that the article carries fully: a title word, or an entity of salience 1 - floor. */
    private static double scale(String key) {
        if (!key.startsWith(ENTITY_PREFIX)) {
            return 1;
        }
        String type = key.substring(ENTITY_PREFIX.length(), key.indexOf(':', ENTITY_PREFIX.length()));
        return ENTITY_TYPE_WEIGHTS.getOrDefault(type, 1.0);
    }

    /** The article's unit vector, weighted by inverse frequency over the stories before it. */
    SparseVector vector(EnrichedArticle article) {
        return vector(keysOf(article, places), memory.index());
    }

    private SparseVector vector(Map<String, Double> raw, StoryMemory.Table<Postings> index) {
        TermCount total = memory.terms().get(STORY_COUNT);
        double stories = total == null ? 0 : total.articles();
        var weighted = new HashMap<String, Double>();
        raw.forEach((key, weight) -> {
            Postings postings = index.get(key);
            double sf = postings == null ? 0 : postings.stories().size();
            weighted.put(key, weight * Math.log(1 + (stories + IDF_PRIOR) / (sf + 1)));
        });
        return SparseVector.of(weighted).unit();
    }

    /**
     * The article's keys with their weights before inverse frequency, in the order they are summed: the key terms of
     * its title and lead, then its people, organisations and places. Depends on the article alone, so enrich works
     * it out before the one-partition grouping stage.
     *
     * @param places the countries and regions (and demonyms), weighed as settings
     */
    public static Map<String, Double> keysOf(EnrichedArticle article, Places places) {
        Predicate<String> setting = name -> isSetting(places, name);
        Map<String, Double> raw = KeyTerms.of(article.title(), lead(article), setting, SETTING);
        for (Entity entity : article.entities()) {
            Double typeWeight = ENTITY_TYPE_WEIGHTS.get(entity.type());
            if (typeWeight != null && entity.name() != null && !entity.name().isBlank()) {
                String key = ENTITY_PREFIX + entity.type() + ":" + entityKey(entity);
                double weight = setting.test(entity.name()) ? SETTING : 1;
                raw.merge(key, typeWeight * weight * (floor(article, entity) + entity.salience()), Math::max);
            }
        }
        return raw;
    }

    /**
     * Who an article is about is named in its title or lead; a person met only further down (a minister quoted in
     * passing) is a bystander, whose weight rests on its salience alone.
     */
    private static double floor(EnrichedArticle article, Entity entity) {
        boolean early = entity.mentions().stream().anyMatch(m -> m.start() < LEAD_CHARS)
                || article.title() != null && article.title().contains(entity.name());
        return early ? ENTITY_FLOOR : BYSTANDER_FLOOR;
    }

    private static boolean isSetting(Places places, String name) {
        return places.isPlace(name) || places.placeOf(name) != null;
    }

    /**
     * A person's first names and the consonant skeleton of the surname: spellings of one name, transliterated or
     * mistyped, differ mostly in vowels ("Chicker", "Checker"), so they meet on one key. Other names as normalised.
     */
    static String entityKey(Entity entity) {
        String name = ArticleIdentity.normalise(entity.name()).replace(".", "");
        int space = name.lastIndexOf(' ');
        if (!entity.type().equals("PERSON") || space < 0) {
            return name;
        }
        String surname = name.substring(space + 1);
        var skeleton = new StringBuilder().append(surname.charAt(0));
        for (int i = 1; i < surname.length(); i++) {
            char c = surname.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && c != skeleton.charAt(skeleton.length() - 1)) {
                skeleton.append(c);
            }
        }
        return name.substring(0, space + 1) + skeleton;
    }

    private static String lead(EnrichedArticle article) {
        String body = article.body() == null ? "" : article.body().strip();
        if (body.length() <= LEAD_CHARS) {
            return body;
        }
        int cut = body.lastIndexOf(' ', LEAD_CHARS);
        return body.substring(0, cut > 0 ? cut : LEAD_CHARS);
    }

    private void count(SparseVector vector, Instant now) {
        TermCount total = memory.terms().get(ARTICLE_COUNT);
        memory.terms().put(ARTICLE_COUNT, new TermCount(total == null ? 1 : total.articles() + 1, now));
    }

    private void index(SparseVector vector, String storyId, Instant at, StoryMemory.Table<Postings> index) {
        for (Weight w : vector.top(INDEX_KEYS).weights()) {
            Postings postings = index.get(w.key());
            var stories = new ArrayList<Postings.Posting>();
            if (postings != null) {
                postings.stories().stream().filter(p -> !p.storyId().equals(storyId)).forEach(stories::add);
            }
            stories.add(new Postings.Posting(storyId, at));
            while (stories.size() > POSTINGS_PER_KEY) {
                stories.remove(0);
            }
            index.put(w.key(), new Postings(stories));
        }
    }
}

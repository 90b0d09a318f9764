package news.enrich.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import news.events.ArticleIdentity;
import news.events.Entity;
import news.events.Mention;

/**
 * Gives the people, organisations and places of an article the ids and names of its story: an entity that matches
 * one the story already knows takes that entry's id (fixed when the entity first entered the story) and its
 * canonical name (the form most of the story's articles used, ties to the earliest). Two entities match when their
 * normalised names are equal, when they are a person's name with the same first names and a surname one or two edits
 * apart ("Nick Chicker", "Nick Checker"), when one is the other's surname alone, or when one is the acronym of the
 * other ("USAID", "US Agency for International Development"). Mentions stay as written. Pure.
 */
final class EntityRegistry {
    /** Enough for the people, bodies and places of a long-running story; the least used go first beyond it. */
    static final int MAX_ENTITIES = 200;
    private static final Set<String> MATCHED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    /** Words an acronym skips ("Agency for International Development" is AID). */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");
    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "for", "the", "and", "on", "in", "to", "de", "&");

    /**
     * @param entities the article's entities with story ids and canonical names, several spellings merged into one
     * @param registry the story's registry after this article
     */
    record Result(List<Entity> entities, List<StoryEntity> registry) {
    }

    private EntityRegistry() {
    }

    /**
     * @param registry the story's registry before this article (empty for a new story)
     * @param member   the article's number in the story (1 for its first), to tell recently used entries
     */
    static Result apply(List<StoryEntity> registry, List<Entity> entities, int member) {
        return apply(registry, entities, member, new Names());
    }

    /**
     * The same with names normalised through {@code names}, kept from one article to the next: a story's registry
     * holds the same few hundred names article after article.
     */
    static Result apply(List<StoryEntity> registry, List<Entity> entities, int member, Names names) {
        var entries = new ArrayList<>(registry);
        int nextOrder = 0;
        for (StoryEntity entry : entries) {
            nextOrder = Math.max(nextOrder, maxOrder(entry) + 1);
        }
        // Entry index per entity of the article (-1: passed through).
        int[] matched = new int[entities.size()];
        var counted = new HashSet<String>();
        var exact = new ExactForms();
        // The names of each entry's forms, in step with the entries: every entity not matched exactly is compared
        // with all of them.
        var formNames = new ArrayList<Name[]>(entries.size() + entities.size());
        for (int i = 0; i < entries.size(); i++) {
            formNames.add(names.of(entries.get(i)));
            exact.add(entries.get(i), formNames.get(i), i);
        }
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            if (!MATCHED_TYPES.contains(entity.type()) || entity.name() == null || entity.name().isBlank()) {
                matched[i] = -1;
                continue;
            }
            Name name = names.of(entity.name());
            int found = exact.find(entity.type(), name);
            if (found < 0) {
                found = findSimilar(entries, formNames, entity.type(), name);
            }
            if (found < 0) {
                String id = entity.type() + ":" + name.normal();
                entries.add(new StoryEntity(id, entity.type(), List.of(), member));
                formNames.add(new Name[0]);
                found = entries.size() - 1;
            }
            matched[i] = found;
            if (counted.add(found + "\n" + entity.name())) {
                entries.set(found, counted(entries.get(found), entity.name(), member, nextOrder));
                formNames.set(found, names.of(entries.get(found)));
                exact.add(entries.get(found), formNames.get(found), found);
                nextOrder = Math.max(nextOrder, maxOrder(entries.get(found)) + 1);
            }
        }
        var merged = new LinkedHashMap<String, Entity>();
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            Entity named = matched[i] < 0 ? entity : renamed(entity, entries.get(matched[i]));
            merged.merge(named.id(), named, EntityRegistry::merge);
        }
        return new Result(List.copyOf(merged.values()), bounded(entries));
    }

    private static int maxOrder(StoryEntity entry) {
        int max = -1;
        for (StoryEntity.Form form : entry.forms()) {
            max = Math.max(max, form.order());
        }
        return max;
    }

    /** The entry with one more article for this form (a form counts once per article). */
    private static StoryEntity counted(StoryEntity entry, String name, int member, int nextOrder) {
        var forms = new ArrayList<StoryEntity.Form>();
        boolean seen = false;
        for (StoryEntity.Form form : entry.forms()) {
            if (form.name().equals(name)) {
                seen = true;
                forms.add(new StoryEntity.Form(name, form.articles() + 1, form.order()));
            } else {
                forms.add(form);
            }
        }
        if (!seen) {
            forms.add(new StoryEntity.Form(name, 1, nextOrder));
        }
        return new StoryEntity(entry.id(), entry.type(), forms, member);
    }

    private static Entity renamed(Entity entity, StoryEntity entry) {
        return new Entity(entry.id(), entity.type(), entry.canonicalName(), entity.mentions(), entity.count(),
                entity.salience(), entity.value());
    }

    private static Entity merge(Entity a, Entity b) {
        var mentions = new ArrayList<Mention>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return new Entity(a.id(), a.type(), a.name(), mentions, a.count() + b.count(),
                Math.max(a.salience(), b.salience()), a.value());
    }

    private static List<StoryEntity> bounded(List<StoryEntity> entries) {
        if (entries.size() <= MAX_ENTITIES) {
            return List.copyOf(entries);
        }
        var keep = new ArrayList<>(entries);
        keep.sort(Comparator.comparingInt((StoryEntity e) -> -e.articles()).thenComparingInt(e -> -e.lastUsed()));
        var kept = Set.copyOf(keep.subList(0, MAX_ENTITIES));
        return entries.stream().filter(kept::contains).toList();
    }

    /**
     * The first entry (in registry order) with a form whose normalised name equals the entity's, by a map from type
     * and normalised form to that entry: an article's ~40 entities against a registry of up to 200 entries.
     */
    private static final class ExactForms {
        /** Per type, per normalised form. */
        private final Map<String, Map<String, Integer>> first = new HashMap<>();

        /** Adds the entry's forms; an entry seen before keeps the lower index, as a scan in order would find. */
        void add(StoryEntity entry, Name[] forms, int index) {
            Map<String, Integer> ofType = first.computeIfAbsent(entry.type(), type -> new HashMap<>());
            for (Name form : forms) {
                ofType.putIfAbsent(form.normal(), index);
            }
        }

        int find(String type, Name name) {
            Map<String, Integer> ofType = first.get(type);
            return ofType == null ? -1 : ofType.getOrDefault(name.normal(), -1);
        }
    }

    /** The first entry of the same type with a form that {@link #similar} finds the same (no equal form exists). */
    private static int findSimilar(List<StoryEntity> entries, List<Name[]> formNames, String type, Name name) {
        boolean person = type.equals("PERSON");
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).type().equals(type)) {
                continue;
            }
            for (Name other : formNames.get(i)) {
                // Not a person: only an acronym can match, so two names that are not acronym-shaped are skipped.
                if ((person || name.acronymLike() || other.acronymLike()) && similar(person, name, other)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether two names of the same type name the same entity (equal names are handled before). */
    static boolean similar(String type, String a, String b) {
        var names = new Names();
        return similar(type.equals("PERSON"), names.of(a), names.of(b));
    }

    private static boolean similar(boolean person, Name a, Name b) {
        if (person) {
            return samePerson(a.words(), b.words());
        }
        return isAcronymOf(a, b) || isAcronymOf(b, a);
    }

    /**
     * What matching needs of a name, worked out once.
     *
     * @param normal      the normalised name ({@link ArticleIdentity#normalise})
     * @param words       its words without dots
     * @param acronymLike whether it could be the acronym side of {@link #isAcronymOf}
     * @param letters     the name without dots and outer spaces, as an acronym is compared
     * @param initials    the initials an acronym of it would spell, or "" when it has fewer than two words
     */
    record Name(String normal, List<String> words, boolean acronymLike, String letters, String initials) {
        static Name of(String name) {
            String normal = ArticleIdentity.normalise(name);
            String plain = normal.replace(".", "");
            return new Name(normal, plain.isEmpty() ? List.of() : List.of(plain.split(" ")), acronymLetters(name),
                    name.replace(".", "").strip(), EntityRegistry.initials(name));
        }
    }

    /**
     * Names worked out once and kept for the next articles (the registry's names come back with every article of
     * the story); forgotten all at once beyond {@link #MAX_NAMES}, which costs only working them out again. Not
     * thread-safe: one per {@link StoryGrouper}.
     */
    static final class Names {
        /** Far more than the names of the stories an article meets in a while; a few MB at most. */
        static final int MAX_NAMES = 20_000;
        private final Map<String, Name> known = new HashMap<>();

        Name of(String name) {
            Name found = known.get(name);
            if (found == null) {
                if (known.size() >= MAX_NAMES) {
                    known.clear();
                }
                found = Name.of(name);
                known.put(name, found);
            }
            return found;
        }

        /** The names of the entry's forms, in its order. */
        Name[] of(StoryEntity entry) {
            var forms = new Name[entry.forms().size()];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = of(entry.forms().get(i).name());
            }
            return forms;
        }

        int size() {
            return known.size();
        }
    }

    private static boolean samePerson(List<String> a, List<String> b) {
        if (a.size() == 1 && b.size() > 1) {
            return nearSurname(a.get(0), b.get(b.size() - 1));
        }
        if (b.size() == 1 && a.size() > 1) {
            return nearSurname(b.get(0), a.get(a.size() - 1));
        }
        if (a.size() != b.size() || a.size() < 2 || !a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1))) {
            return false;
        }
        return nearSurname(a.get(a.size() - 1), b.get(b.size() - 1));
    }

    /** Equal, or one edit apart from 5 letters, two from 9: short names differ in one letter too often by chance. */
    private static boolean nearSurname(String a, String b) {
        int length = Math.min(a.length(), b.length());
        int allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
        return editDistance(a, b, allowed) <= allowed;
    }

    /** Whether {@code acronym} ("USAID", "U.N.") spells the initials of {@code expansion}'s words. */
    static boolean isAcronymOf(String acronym, String expansion) {
        return isAcronymOf(Name.of(acronym), Name.of(expansion));
    }

    private static boolean isAcronymOf(Name acronym, Name expansion) {
        return acronym.acronymLike() && !expansion.initials().isEmpty()
                && expansion.initials().equals(acronym.letters());
    }

    private static String initials(String expansion) {
        var initials = new StringBuilder();
        String[] parts = WORD_BREAKS.split(expansion.strip());
        if (parts.length < 2) {
            return "";
        }
        for (String part : parts) {
            String word = part.replace(".", "");
            if (word.isEmpty() || ACRONYM_SKIPS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // An acronym inside the expansion ("US Agency ...") gives all its letters.
            boolean caps = word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
            initials.append(caps ? word : word.substring(0, 1).toUpperCase(Locale.ROOT));
        }
        return initials.toString();
    }

    /** Two to eight capitals once dots and outer spaces are dropped ("USAID", "U.N."). */
    private static boolean acronymLetters(String name) {
        String letters = name.replace(".", "").strip();
        if (letters.length() < 2 || letters.length() > 8) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Levenshtein distance, stopping early once it exceeds {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

}

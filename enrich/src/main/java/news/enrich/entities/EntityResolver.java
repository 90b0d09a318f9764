package news.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Turns the mentions found in one article into its entities.
 * <ul>
 * <li>Types: the same surface form gets the type most of its mentions got (ties: the first); a demonym is MISC
 * ("Malian"), a country is a LOCATION, never a PERSON (nor, in news, an ORGANIZATION: sports teams named
 * after countries are the exception this accepts).</li>
 * <li>Canonical name: the longest full form. A person's shorter form that is part of a longer one joins it
 * ("Checker" → "Nick Checker"); an organisation's form that ends a longer one joins it ("State Department" →
 * "US State Department"); an acronym joins the name whose initials it spells ("AFP" → "Agence France-Presse")
 * or that it follows in brackets ("Alliance of Sahel States (AES)"); places and other names join only the same
 * form.</li>
 * <li>Salience: each mention weighs 3 in the title, 2 in the lead (the first two sentences of the body) and 1
 * elsewhere; an entity's salience is its total weight divided by that of the article's heaviest entity, so the
 * main entity has 1 and the others a fraction of it (rounded to three decimals).</li>
 * </ul>
 * Mentions and their offsets are those of the body; title mentions count for salience and count only. Stateless.
 */
public final class EntityResolver {
    static final double TITLE_WEIGHT = 3;
    static final double LEAD_WEIGHT = 2;
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de", "du", "des", "la",
            "le", "et", "in", "on", "to", "a", "an", "&");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    private static final List<String> NAME_TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final Places places;

    public EntityResolver(Places places) {
        this.places = places;
    }

    /**
     * One mention before resolution.
     *
     * @param span     type, offsets (into the body, or into the title when {@code inTitle}), text, value
     * @param inTitle  found in the title
     * @param weight   its salience weight
     * @param expands  for an acronym defined in brackets, the text of the name it follows; else null
     */
    public record Found(Span span, boolean inTitle, double weight, String expands) {
    }

    public List<Entity> resolve(List<Found> found) {
        var normalised = new Forms();
        List<Found> mentions = new ArrayList<>();
        for (Found f : found) {
            mentions.add(retype(f));
        }
        mentions = voteTypes(surnames(mentions, normalised), normalised);
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Group> byForm = new HashMap<>();
        List<Found> names = new ArrayList<>();
        for (Found f : mentions) {
            if (NAME_TYPES.contains(f.span().type())) {
                names.add(f);
            } else {
                String key = f.span().type() + "|" + (f.span().value() != null ? f.span().value()
                        : normalised.of(f.span().text()));
                groups.computeIfAbsent(key, k -> new Group(f.span().type(), f.span().text(), f.span().value()))
                        .add(f);
            }
        }
        // Longest forms first, so each shorter form finds the longer one it belongs to.
        List<String> forms = new ArrayList<>();
        Map<String, String> typeOfForm = new HashMap<>();
        Map<String, String> textOfForm = new HashMap<>();
        for (Found f : names) {
            String key = normalised.of(f.span().text());
            if (!typeOfForm.containsKey(key)) {
                forms.add(key);
                typeOfForm.put(key, f.span().type());
                textOfForm.put(key, clean(f.span().text()));
            }
        }
        Map<String, String[]> wordsOfForm = new HashMap<>();
        for (String form : forms) {
            wordsOfForm.put(form, words(form));
        }
        forms.sort(Comparator.comparingInt((String k) -> -wordsOfForm.get(k).length)
                .thenComparingInt(k -> -k.length()));
        Map<String, String> definedBy = new HashMap<>();
        for (Found f : names) {
            if (f.expands() != null) {
                definedBy.putIfAbsent(normalised.of(f.span().text()), normalised.of(f.expands()));
            }
        }
        List<Group> nameGroups = new ArrayList<>();
        for (String form : forms) {
            String type = typeOfForm.get(form);
            Group home = null;
            String expansion = definedBy.get(form);
            if (expansion != null) {
                home = byForm.get(expansion);
            }
            if (home == null) {
                String letters = textOfForm.get(form).replace(".", "");
                for (Group g : nameGroups) {
                    if (belongs(wordsOfForm.get(form), letters, type, g)) {
                        home = g;
                        break;
                    }
                }
            }
            if (home == null) {
                home = new Group(type, textOfForm.get(form), null);
                nameGroups.add(home);
            }
            byForm.put(form, home);
        }
        for (Found f : names) {
            byForm.get(normalised.of(f.span().text())).add(f);
        }
        List<Group> all = new ArrayList<>(groups.values());
        all.addAll(nameGroups);
        double top = 0;
        for (Group g : all) {
            top = Math.max(top, g.weight);
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : all) {
            if (g.count == 0) {
                continue;
            }
            double salience = top == 0 ? 0 : Math.round(g.weight / top * 1000) / 1000.0;
            out.add(new Entity(ArticleIdentity.entityId(g.type, g.name), g.type, g.name, g.mentions, g.count,
                    salience, g.value));
        }
        out.sort(Comparator.comparingDouble((Entity e) -> -e.salience())
                .thenComparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start())
                .thenComparing(Entity::id));
        return out;
    }

    /** Demonyms are MISC, countries are LOCATION whatever the tagger said. */
    private Found retype(Found f) {
        Span s = f.span();
        if (!NAME_TYPES.contains(s.type())) {
            return f;
        }
        String text = clean(s.text());
        String type = s.type();
        if (places.placeOf(text) != null && !places.isPlace(text)) {
            type = "MISC";
        } else if (places.isPlace(text) && (type.equals("PERSON") || type.equals("ORGANIZATION"))) {
            type = "LOCATION";
        }
        return type.equals(s.type()) ? f
                : new Found(new Span(type, s.start(), s.end(), s.text(), null), f.inTitle(), f.weight(), f.expands());
    }

    /** A one-word name that is the surname of a person named in full is that person ("Checker's" → PERSON). */
    private List<Found> surnames(List<Found> mentions, Forms normalised) {
        Set<String> surnames = new java.util.HashSet<>();
        for (Found f : mentions) {
            if (f.span().type().equals("PERSON")) {
                String[] w = words(normalised.of(f.span().text()));
                if (w.length > 1) {
                    surnames.add(w[w.length - 1]);
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : mentions) {
            Span s = f.span();
            String form = normalised.of(s.text());
            if (NAME_TYPES.contains(s.type()) && !s.type().equals("PERSON") && surnames.contains(form)
                    && !places.isPlace(form) && places.placeOf(form) == null) {
                out.add(new Found(new Span("PERSON", s.start(), s.end(), s.text(), null), f.inTitle(), f.weight(),
                        f.expands()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Gives every mention of a surface form the type most of them got (ties: the earliest). */
    private static List<Found> voteTypes(List<Found> mentions, Forms normalised) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Found f : mentions) {
            if (NAME_TYPES.contains(f.span().type())) {
                votes.computeIfAbsent(normalised.of(f.span().text()), k -> new LinkedHashMap<>())
                        .merge(f.span().type(), 1, Integer::sum);
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : mentions) {
            Map<String, Integer> v = votes.get(normalised.of(f.span().text()));
            if (v == null || v.size() == 1) {
                out.add(f);
                continue;
            }
            String best = null;
            int most = 0;
            for (var e : v.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            Span s = f.span();
            out.add(new Found(new Span(best, s.start(), s.end(), s.text(), null), f.inTitle(), f.weight(),
                    f.expands()));
        }
        return out;
    }

    /**
     * Whether the shorter form with these words names the entity of {@code group}; {@code letters} is its surface
     * form without full stops.
     */
    private boolean belongs(String[] mine, String letters, String type, Group group) {
        String[] theirs = group.words();
        if (isAcronym(letters) && !group.type.equals("PERSON") && group.initials().equals(letters)) {
            return true;
        }
        if (!type.equals(group.type) || mine.length >= theirs.length) {
            return false;
        }
        return switch (type) {
            case "PERSON" -> contains(theirs, mine);
            case "ORGANIZATION" -> endsWith(theirs, mine) && mine.length >= 2;
            default -> false;
        };
    }

    private static boolean contains(String[] whole, String[] part) {
        for (int i = 0; i + part.length <= whole.length; i++) {
            boolean all = true;
            for (int j = 0; j < part.length && all; j++) {
                all = whole[i + j].equals(part[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String[] whole, String[] part) {
        int offset = whole.length - part.length;
        for (int j = 0; j < part.length; j++) {
            if (!whole[offset + j].equals(part[j])) {
                return false;
            }
        }
        return true;
    }

    /** Two to six capitals, nothing else. */
    static boolean isAcronym(String text) {
        if (text.length() < 2 || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The capitals of the content words of a name, hyphenated parts counted apart: "Agence France-Presse" → AFP. */
    static String initials(String name) {
        var out = new StringBuilder();
        for (String word : WORD_BREAKS.split(name)) {
            if (word.isEmpty() || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            char c = word.charAt(0);
            if (Character.isUpperCase(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lower case, NFC, whitespace runs as one space (line breaks included), typographic apostrophes plain. */
    static String normalise(String text) {
        return ArticleIdentity.normalise(text).replace('\u2019', '\'');
    }

    /** The surface form with line breaks as spaces. */
    static String clean(String text) {
        return isClean(text) ? text : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Whether {@link #clean} has nothing to do: no whitespace but single spaces inside, none at the ends. */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1)))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : c >= '\t' && c <= '\r') {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String normalised) {
        return normalised.split(" ");
    }

    /** The normalised forms of the texts of one article, each worked out once. */
    private static final class Forms {
        private final Map<String, String> forms = new HashMap<>();

        String of(String text) {
            return forms.computeIfAbsent(text, EntityResolver::normalise);
        }
    }

    /** The mentions of one entity as they are collected. */
    private static final class Group {
        final String type;
        final String name;
        final String value;
        final List<Mention> mentions = new ArrayList<>();
        int count;
        double weight;
        /** The words of the normalised name and its initials, worked out when first asked for. */
        private String[] words;
        private String initials;

        Group(String type, String name, String value) {
            this.type = type;
            this.name = clean(name);
            this.value = value;
        }

        String[] words() {
            if (words == null) {
                words = EntityResolver.words(normalise(name));
            }
            return words;
        }

        String initials() {
            if (initials == null) {
                initials = EntityResolver.initials(name);
            }
            return initials;
        }

        void add(Found f) {
            count++;
            weight += f.weight();
            if (!f.inTitle()) {
                Span s = f.span();
                mentions.add(new Mention(s.text(), s.start(), s.end()));
            }
        }
    }
}

package news.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.enrich.entities.tagger.SequenceTagger;
import news.enrich.entities.tagger.TaggerModel;
import news.enrich.entities.tagger.Tags;
import news.events.Entity;

/**
 * The entity extractor of the pipeline: the statistical tagger for PERSON, ORGANIZATION, LOCATION and MISC, rules
 * for MONEY, PERCENT ({@link Quantities}) and DATE ({@link Dates}), then resolution inside the article
 * ({@link EntityResolver}). Title and body are tagged as one document (title first), so the body can confirm a
 * name of the title. Mention offsets are character offsets {@code [start, end)} into the <b>body</b>; mentions in
 * the title count for the count and salience but carry no offsets.
 *
 * <p>What is not a name: a span the rules claim (amounts, dates), a boilerplate phrase ({@code Advertisement},
 * {@code LEAVE A REPLY}, ...), anything on a section-label line (a short line ending in a question mark such as
 * "What's Happening?"), and, in a title-case headline, a name the body does not confirm. Immutable and
 * thread-safe.
 */
public final class NerExtractor implements EntityExtractor {
    /** The model shipped in the enrich jar. */
    public static final String BUILT_IN_MODEL = "ner.model.gz";
    private static final Set<String> BOILERPLATE = Set.of("advertisement", "leave a reply", "reply", "comment",
            "comments", "share", "subscribe", "newsletter", "newsletters", "sign up", "read more", "accept",
            "cookie", "cookies", "privacy policy", "top headlines", "success", "error", "close", "menu", "home",
            "login", "log in", "email", "whatsapp", "facebook", "twitter", "linkedin", "instagram", "telegram",
            "related", "trending", "follow us", "what's happening", "what's next", "why it's important");
    /** Words that start sentences with a capital but are no name on their own ("Amid ongoing turmoil"). */
    private static final Set<String> NOT_NAMES = Set.of("amid", "despite", "while", "after", "before", "although",
            "however", "meanwhile", "but", "and", "the", "this", "that", "these", "those", "as", "in", "on", "at",
            "for", "with", "from", "by", "since", "during", "under", "over", "through", "why", "what", "when",
            "where", "how", "who", "it", "its", "we", "our", "they", "their", "he", "she", "his", "her", "some",
            "many", "most", "all", "both", "each", "every", "no", "yes", "also", "still", "just", "only", "even",
            "then", "now", "today", "here", "there", "historically", "additionally", "recently", "further",
            "worryingly", "according", "senior", "official", "officials", "president", "minister", "government");
    /** Head words of names of the form "X of Y" ("Gulf of Guinea", "Bank of England"). */
    private static final Set<String> OF_HEADS = Set.of("gulf", "bay", "sea", "cape", "lake", "mount", "isle",
            "strait", "straits", "bank", "university", "republic", "kingdom", "bureau", "ministry", "department",
            "council", "alliance", "confederation", "union", "federation", "institute", "association",
            "commission", "court", "party", "league", "organisation", "organization", "church", "house",
            "museum", "college", "school", "board", "office", "agency", "chamber", "society", "academy");
    /** Titles before a person's name; the name starts after the last of them. */
    private static final Set<String> PERSON_TITLES = Set.of("president", "vice", "minister", "ambassador",
            "general", "colonel", "col", "gen", "lieutenant", "lt", "major", "captain", "commander", "official",
            "secretary", "senator", "sen", "governor", "gov", "chairman", "chairwoman", "director", "envoy",
            "spokesman", "spokeswoman", "king", "queen", "prince", "princess", "pope", "mr", "mrs", "ms", "dr",
            "sir", "prime", "deputy", "chief", "mayor", "judge", "sergeant", "admiral", "marshal", "bishop",
            "professor", "prof", "coach", "striker", "midfielder", "defender", "goalkeeper");
    private static final Pattern SECTION_LABEL = Pattern.compile("(?m)^[ \\t]*[^\\n]{1,40}\\?[ \\t]*$");
    private static final Pattern BRACKETED = Pattern.compile("\\G[ \\u00a0]*\\([ \\u00a0]*([^()\\n]{2,12}?)[ \\u00a0]*\\)");

    private final Tokenizer tokenizer = new Tokenizer();
    private final SequenceTagger tagger;
    private final Quantities quantities = new Quantities();
    private final Dates dates = new Dates();
    private final EntityResolver resolver;

    public NerExtractor(TaggerModel model, Places places) {
        this.tagger = new SequenceTagger(model);
        this.resolver = new EntityResolver(places);
    }

    /** The extractor with the model of the enrich jar. */
    public static NerExtractor builtIn() {
        return new NerExtractor(builtInModel(), Places.builtIn());
    }

    /** The extractor with the model in {@code file}. */
    public static NerExtractor fromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NerExtractor(TaggerModel.read(in), Places.builtIn());
        }
    }

    public static TaggerModel builtInModel() {
        try (InputStream in = NerExtractor.class.getResourceAsStream(BUILT_IN_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN_MODEL + " is missing from the enrich jar");
            }
            return TaggerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Entity> extract(String title, String body, Instant published) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        List<List<Token>> titleSentences = tokenizer.sentences(t);
        List<List<Token>> bodySentences = tokenizer.sentences(b);
        List<List<Token>> all = new ArrayList<>(titleSentences);
        all.addAll(bodySentences);
        String[][] words = new String[all.size()][];
        for (int s = 0; s < all.size(); s++) {
            words[s] = all.get(s).stream().map(Token::text).toArray(String[]::new);
        }
        int[][] tags = tagger.tag(words);

        List<Span> bodyRules = rules(b, published);
        List<Span> titleRules = rules(t, published);
        List<Span> titleNames = names(t, titleSentences, tags, 0, titleRules);
        List<Span> bodyNames = headingsConfirmed(names(b, bodySentences, tags, titleSentences.size(), bodyRules),
                bodySentences, b);
        int leadEnd = leadEnd(bodySentences);

        List<EntityResolver.Found> found = new ArrayList<>();
        if (isTitleCase(titleSentences)) {
            titleNames = confirmedByBody(titleNames, bodyNames);
        }
        for (Span s : titleNames) {
            found.add(new EntityResolver.Found(s, true, EntityResolver.TITLE_WEIGHT, null));
        }
        for (Span s : titleRules) {
            found.add(new EntityResolver.Found(s, true, EntityResolver.TITLE_WEIGHT, null));
        }
        for (int i = 0; i < bodyNames.size(); i++) {
            Span s = bodyNames.get(i);
            found.add(new EntityResolver.Found(s, false, weight(s, leadEnd), expansion(b, bodyNames, i)));
        }
        for (Span s : bodyRules) {
            found.add(new EntityResolver.Found(s, false, weight(s, leadEnd), null));
        }
        return resolver.resolve(found);
    }

    private List<Span> rules(String text, Instant published) {
        List<Span> spans = new ArrayList<>(quantities.find(text));
        for (Span d : dates.find(text, published)) {
            if (spans.stream().noneMatch(d::overlaps)) {
                spans.add(d);
            }
        }
        return spans;
    }

    /** The tagged names of one text, without those the rules claim, boilerplate and section labels. */
    private static List<Span> names(String text, List<List<Token>> sentences, int[][] tags, int firstSentence,
                                    List<Span> rules) {
        List<int[]> labels = new ArrayList<>();
        Matcher m = SECTION_LABEL.matcher(text);
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        List<Span> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            int[] t = tags[firstSentence + s];
            int start = -1;
            for (int i = 0; i <= tokens.size(); i++) {
                int tag = i < tokens.size() ? t[i] : Tags.O;
                boolean continues = start >= 0 && tag != Tags.O && !Tags.isBegin(tag)
                        && Tags.type(tag) == Tags.type(t[start]);
                if (start >= 0 && !continues) {
                    emit(text, tokens, start, i, Tags.type(t[start]), rules, labels, out);
                    start = -1;
                }
                if (tag != Tags.O && start < 0) {
                    start = i;
                }
            }
        }
        return joinOf(text, out);
    }

    /**
     * Joins "Gulf" + "of" + "Guinea" into "Gulf of Guinea" when the tagger split a name at "of" after a head word
     * of place or institution names.
     */
    private static List<Span> joinOf(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (i + 1 < spans.size() && OF_HEADS.contains(s.text().toLowerCase(Locale.ROOT))
                    && !s.type().equals("PERSON") && !spans.get(i + 1).type().equals("PERSON")
                    && text.startsWith(" of ", s.end()) && spans.get(i + 1).start() == s.end() + 4) {
                Span next = spans.get(i + 1);
                out.add(new Span(s.type(), s.start(), next.end(), text.substring(s.start(), next.end()), null));
                i++;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Adds the name of tokens {@code [from, to)}: split at a possessive ("US State Department 's Bureau of African
     * Affairs" is two names), without a leading title ("Foreign Minister Abdoulaye Diop" is the person "Abdoulaye
     * Diop").
     */
    private static void emit(String text, List<Token> tokens, int from, int to, int type, List<Span> rules,
                             List<int[]> labels, List<Span> out) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (w.equals("'s") || w.equals("\u2019s") || w.equals("'S")) {
                emit(text, tokens, from, k, type, rules, labels, out);
                emit(text, tokens, k + 1, to, type, rules, labels, out);
                return;
            }
        }
        if (type == 0 || type == 1) {
            int title = -1;
            for (int k = from; k < to - 2; k++) {
                if (PERSON_TITLES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
                    title = k;
                }
            }
            if (title >= 0 && allCapitalised(tokens, title + 1, to)) {
                from = title + 1;
                type = 0;
            }
        }
        Span span = span(text, tokens, from, to, type);
        if (span != null && keep(span, rules, labels)) {
            out.add(span);
        }
    }

    private static boolean allCapitalised(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Span span(String text, List<Token> tokens, int from, int to, int type) {
        // Quotes and stray punctuation at the edges are not part of a name.
        while (from < to && !hasLetterOrDigit(tokens.get(from).text())) {
            from++;
        }
        while (to > from && !hasLetterOrDigit(tokens.get(to - 1).text())) {
            to--;
        }
        if (from == to) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String name = switch (type) {
            case 0 -> "PERSON";
            case 1 -> "ORGANIZATION";
            case 2 -> "LOCATION";
            default -> "MISC";
        };
        return new Span(name, start, end, text.substring(start, end), null);
    }

    private static boolean keep(Span span, List<Span> rules, List<int[]> labels) {
        String text = EntityResolver.normalise(span.text());
        if (BOILERPLATE.contains(text) || NOT_NAMES.contains(text) || text.length() < 2 && !Character.isUpperCase(span.text().charAt(0))) {
            return false;
        }
        for (Span r : rules) {
            if (r.overlaps(span)) {
                return false;
            }
        }
        for (int[] label : labels) {
            if (span.start() < label[1] && label[0] < span.end()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where the lead ends: after the body's first two sentences. */
    private static int leadEnd(List<List<Token>> body) {
        if (body.isEmpty()) {
            return 0;
        }
        List<Token> last = body.get(Math.min(1, body.size() - 1));
        return last.get(last.size() - 1).end();
    }

    private static double weight(Span s, int leadEnd) {
        return s.start() < leadEnd ? EntityResolver.LEAD_WEIGHT : 1;
    }

    /** For a short name right after another in brackets ("Alliance of Sahel States (AES)"), the name before. */
    private static String expansion(String body, List<Span> names, int i) {
        if (i == 0) {
            return null;
        }
        Span previous = names.get(i - 1);
        // At the end of the name before only: find(from) would try every later position too, for each name.
        Matcher m = BRACKETED.matcher(body).region(previous.end(), body.length());
        if (m.lookingAt() && m.start(1) == names.get(i).start() && m.end(1) == names.get(i).end()) {
            return previous.text();
        }
        return null;
    }

    /** A headline whose words mostly start with a capital: its capitals say nothing about names. */
    static boolean isTitleCase(List<List<Token>> title) {
        int words = 0;
        int capitalised = 0;
        for (List<Token> sentence : title) {
            for (Token token : sentence) {
                String w = token.text();
                if (w.length() < 4 || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    /**
     * Names on a title-case heading line of the body ("Mali's Strategic Appeal for U.S. Investment") stay only
     * where the rest of the body names them too, as for the title.
     */
    private static List<Span> headingsConfirmed(List<Span> names, List<List<Token>> sentences, String body) {
        List<int[]> headings = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            int start = sentence.get(0).start();
            int end = sentence.get(sentence.size() - 1).end();
            boolean wholeLine = (start == 0 || body.charAt(start - 1) == '\n')
                    && (end == body.length() || body.charAt(end) == '\n' || body.charAt(end) == '\r');
            String last = sentence.get(sentence.size() - 1).text();
            if (wholeLine && sentence.size() <= 14 && !last.equals(".") && isTitleCase(List.of(sentence))) {
                headings.add(new int[] {start, end});
            }
        }
        if (headings.isEmpty()) {
            return names;
        }
        List<Span> heading = new ArrayList<>();
        List<Span> running = new ArrayList<>();
        for (Span s : names) {
            boolean inHeading = headings.stream().anyMatch(h -> s.start() >= h[0] && s.end() <= h[1]);
            (inHeading ? heading : running).add(s);
        }
        List<Span> kept = confirmedByBody(heading, running);
        List<Span> out = new ArrayList<>();
        for (Span s : names) {
            if (!heading.contains(s) || kept.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The title names that the body also names (the same form, or a longer form that contains it). */
    private static List<Span> confirmedByBody(List<Span> titleNames, List<Span> bodyNames) {
        List<Span> out = new ArrayList<>();
        for (Span s : titleNames) {
            String form = EntityResolver.normalise(s.text());
            for (Span b : bodyNames) {
                String other = EntityResolver.normalise(b.text());
                if (other.equals(form) || (" " + other + " ").contains(" " + form + " ")) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NerExtractor[2^%d rows]", tagger.model().features().bits());
    }
}

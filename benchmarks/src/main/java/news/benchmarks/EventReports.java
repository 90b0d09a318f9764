package news.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import news.events.RawArticle;
import news.ingest.parse.ArticleFile;

/**
 * Distinct article files of about {@value SyntheticArticles#TARGET_BYTES} bytes as the pipeline benchmark
 * ({@code newsflow bench}) writes them: reports come in events of one to six that share made-up actors (a person,
 * an organisation, a place) and key words, and the rest of each body is sentences of the given articles drawn at
 * random. So consecutive reports share a few new names and otherwise bring the vocabulary of their sources in no
 * fixed order, which is what the entity tagger's per-word caches see in the pipeline and not in a benchmark that
 * repeats one article. Deterministic: report {@code n} of the same sources is the same text in every run.
 */
public final class EventReports {
    private static final int MIN_SENTENCE_CHARS = 40;
    private static final int MAX_SENTENCE_CHARS = 400;
    /** Consecutive reports are grouped into events inside blocks of this many. */
    private static final int BLOCK = 64;
    private static final String[] VERBS = {"meets", "rejects", "backs", "warns", "signs", "questions", "opens"};
    private static final String[] SYLLABLES = {"ka", "lo", "ri", "men", "sa", "dor", "vi", "ta", "bel", "nu",
            "gar", "o", "fi", "ron", "ste", "la", "mi", "zu", "pe", "an"};

    private final List<String> sentences;

    /** Reports drawing on the body sentences of {@code sources} (sentences of 40 to 400 characters). */
    public EventReports(List<RawArticle> sources) {
        var pool = new ArrayList<String>();
        for (RawArticle source : sources) {
            for (String sentence : source.body().replaceAll("\\s+", " ").split("(?<=[.!?]) ")) {
                String s = sentence.strip();
                if (s.length() >= MIN_SENTENCE_CHARS && s.length() <= MAX_SENTENCE_CHARS) {
                    pool.add(s);
                }
            }
        }
        if (pool.size() < 30) {
            throw new IllegalArgumentException("too few sentences to write reports from: " + pool.size());
        }
        this.sentences = List.copyOf(pool);
    }

    /** Report {@code n}, read at {@code readAt}. */
    public ArticleFile report(int n, Instant readAt) {
        Event event = event(n);
        var random = new Random(n * 7919L + 17);
        String title = event.person + " " + VERBS[random.nextInt(VERBS.length)] + " " + event.words.get(0) + " "
                + event.words.get(1) + " plan in " + event.place + " (report " + n + ")";
        var body = new StringBuilder();
        body.append(event.person).append(" of the ").append(event.organisation).append(" said in ")
                .append(event.place).append(" that the ").append(event.words.get(0)).append(' ')
                .append(event.words.get(1)).append(" talks would go on, according to ").append(word(random))
                .append(' ').append(word(random)).append(".\n\n");
        while (body.length() < SyntheticArticles.TARGET_BYTES) {
            body.append(sentences.get(random.nextInt(sentences.size())));
            body.append(random.nextInt(4) == 0 ? "\n\n" : " ");
            if (random.nextInt(6) == 0) {
                body.append("The ").append(event.words.get(2 + random.nextInt(2)))
                        .append(" issue was raised again by the ").append(event.organisation).append(". ");
            }
        }
        String name = String.format(Locale.ROOT, "report-%06d.txt", n);
        String text = title + "\n\n" + body.toString().strip() + "\n";
        return new ArticleFile("/benchmarks/" + name, name, text.getBytes(StandardCharsets.UTF_8), readAt);
    }

    private record Event(String person, String organisation, String place, List<String> words) {
    }

    /** The event of report {@code n}: events of 1 to 6 consecutive reports, sized by a generator per block. */
    private static Event event(int n) {
        int block = n / BLOCK;
        var sizes = new Random(block * 31L + 5);
        int start = block * BLOCK;
        int index = 0;
        for (int size = 1 + sizes.nextInt(6); start + size <= n; size = 1 + sizes.nextInt(6)) {
            start += size;
            index++;
        }
        var random = new Random(block * 1_000_003L + index);
        return new Event(name(random) + " " + name(random), name(random) + " " + name(random) + " Council",
                name(random), List.of(word(random), word(random), word(random), word(random)));
    }

    private static String name(Random random) {
        String word = word(random);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String word(Random random) {
        var word = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }
}

package news.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import news.events.RawArticle;
import news.ingest.parse.ArticleDraft;
import news.ingest.parse.ArticleFile;

/**
 * Plain-text article files of about {@value #TARGET_BYTES} bytes written from the paragraphs of the seeds: the
 * article size of the pipeline benchmark, made of real news sentences so that tokenising, tagging and shingling see
 * the text they see in production. Deterministic: the same seeds give the same files.
 */
public final class SyntheticArticles {
    public static final int TARGET_BYTES = 4096;
    /** Shorter "paragraphs" are subheadings and repeated headlines; they would make variants too alike. */
    private static final int MIN_PARAGRAPH_CHARS = 80;
    private static final int MIN_TITLE_WORD_CHARS = 4;

    private final String headline;
    private final List<List<String>> paragraphsBySeed;
    private final List<String> paragraphs;
    private final List<String> vocabulary;

    public SyntheticArticles(List<RawArticle> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed article to write from");
        }
        // A file's own headline rather than one derived from its first sentence, as most articles have.
        this.headline = seeds.stream().filter(seed -> ArticleDraft.HEADLINE.equals(seed.titleSource())).findFirst()
                .orElse(seeds.get(0)).title();
        var bySeed = new ArrayList<List<String>>();
        var all = new LinkedHashSet<String>();
        var words = new LinkedHashSet<String>();
        for (RawArticle seed : seeds) {
            var own = new ArrayList<String>();
            for (String paragraph : seed.body().split("\n+")) {
                String p = paragraph.strip();
                if (p.length() >= MIN_PARAGRAPH_CHARS && all.add(p)) {
                    own.add(p);
                }
            }
            bySeed.add(own);
            for (String word : (seed.title() + " " + seed.body()).split("[^\\p{L}]+")) {
                if (word.length() >= MIN_TITLE_WORD_CHARS) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        this.paragraphsBySeed = List.copyOf(bySeed);
        this.paragraphs = List.copyOf(all);
        this.vocabulary = List.copyOf(words);
    }

    /**
     * The article most benchmarks run on: the first paragraph of each seed, then the second of each, and so on up to
     * the target size, under the first headline a seed file has.
     */
    public ArticleFile reference() {
        var chosen = new ArrayList<String>();
        int bytes = headline.length();
        for (int round = 0; bytes < TARGET_BYTES; round++) {
            boolean any = false;
            for (List<String> own : paragraphsBySeed) {
                if (round < own.size() && bytes < TARGET_BYTES) {
                    chosen.add(own.get(round));
                    bytes += utf8Length(own.get(round)) + 2;
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return file("synthetic-reference.txt", headline, chosen, SeedArticles.READ_AT);
    }

    /**
     * Variant {@code n}: paragraphs drawn at random (seeded by {@code n}) up to the target size, under a headline of
     * words drawn from the seeds, so variants are distinct articles that share vocabulary and names as the articles
     * of one news beat do.
     */
    public ArticleFile variant(int n, Instant readAt) {
        var random = new Random(n);
        var pool = new ArrayList<>(paragraphs);
        var chosen = new ArrayList<String>();
        int bytes = 0;
        while (bytes < TARGET_BYTES && !pool.isEmpty()) {
            String p = pool.remove(random.nextInt(pool.size()));
            chosen.add(p);
            bytes += utf8Length(p) + 2;
        }
        Set<String> title = new LinkedHashSet<>();
        int titleWords = 5 + random.nextInt(5);
        while (title.size() < titleWords) {
            title.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        String text = String.join(" ", title);
        return file(String.format(Locale.ROOT, "synthetic-%05d.txt", n),
                Character.toUpperCase(text.charAt(0)) + text.substring(1), chosen, readAt);
    }

    private static ArticleFile file(String name, String title, List<String> paragraphs, Instant readAt) {
        String text = title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        return new ArticleFile("/benchmarks/" + name, name, text.getBytes(StandardCharsets.UTF_8), readAt);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

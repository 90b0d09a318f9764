package news.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Unique plain-text articles of about {@link #DEFAULT_CHARS} characters (or another size) for benchmarks, with a story structure like a
 * news stream's: articles come in events of one to six reports that share made-up actors (a person, an organisation,
 * a place) and key words, and otherwise draw their sentences from a pool of real news sentences, shuffled. Article
 * {@code n} is the same text in every run, and no two articles are duplicates or near-duplicates of each other.
 */
final class SyntheticArticles {
    static final int DEFAULT_CHARS = 4000;
    private static final String[] VERBS = {"meets", "rejects", "backs", "warns", "signs", "questions", "announces",
            "opens", "suspends", "defends"};
    private static final String[] SYLLABLES = {"ka", "lo", "ri", "men", "sa", "dor", "vi", "ta", "bel", "nu", "gar",
            "o", "fi", "ron", "ste", "la", "mi", "zu", "pe", "an"};

    private final List<String> sentences;
    private final int chars;

    private SyntheticArticles(List<String> sentences, int chars) {
        if (sentences.size() < 30) {
            throw new IllegalArgumentException("too few sentences to build articles from: " + sentences.size());
        }
        this.sentences = sentences;
        this.chars = chars;
    }

    /** Sentences of every {@code .txt} under the folders (headlines skipped), in a stable order. */
    static SyntheticArticles fromTexts(List<Path> folders) throws IOException {
        return fromTexts(folders, DEFAULT_CHARS);
    }

    /** The same, with bodies of about {@code chars} characters. */
    static SyntheticArticles fromTexts(List<Path> folders, int chars) throws IOException {
        var pool = new ArrayList<String>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                int newline = text.indexOf('\n');
                for (String sentence : text.substring(Math.max(0, newline)).replaceAll("\\s+", " ").split("(?<=[.!?]) ")) {
                    if (sentence.length() > 40 && sentence.length() < 400) {
                        pool.add(sentence.strip());
                    }
                }
            }
        }
        return new SyntheticArticles(pool, chars);
    }

    /** Article {@code n}: its file name and its text (headline, blank line, body). */
    Article article(int n) {
        Event event = event(n);
        var random = new Random(n * 7919L + 17);
        String title = event.person + " " + VERBS[random.nextInt(VERBS.length)] + " " + event.words.get(0) + " "
                + event.words.get(1) + " plan in " + event.place + " (report " + n + ")";
        var body = new StringBuilder();
        body.append(event.person).append(" of the ").append(event.organisation).append(" said in ").append(event.place)
                .append(" that the ").append(event.words.get(0)).append(' ').append(event.words.get(1))
                .append(" talks would go on, according to ").append(word(random)).append(' ').append(word(random))
                .append(".\n\n");
        while (body.length() < chars) {
            body.append(sentences.get(random.nextInt(sentences.size())));
            body.append(random.nextInt(4) == 0 ? "\n\n" : " ");
            if (random.nextInt(6) == 0) {
                body.append("The ").append(event.words.get(2 + random.nextInt(2))).append(" issue was raised again by ")
                        .append(event.organisation).append(". ");
            }
        }
        body.append("\n\nReference ").append(n).append('.');
        return new Article(fileName(n), title + "\n\n" + body + "\n");
    }

    /** The file name of article {@code n}, whatever its source: sorted names keep the numbering. */
    static String fileName(int n) {
        return String.format("bench-%07d.txt", n);
    }

    record Article(String fileName, String text) {
    }

    private record Event(String person, String organisation, String place, List<String> words) {
    }

    /** Events take consecutive article numbers: event sizes 1 to 6, from a generator seeded by the block. */
    private static Event event(int n) {
        int block = n / 64;
        var sizes = new Random(block * 31L + 5);
        int start = block * 64;
        int eventIndex = 0;
        for (int size = 1 + sizes.nextInt(6); start + size <= n; size = 1 + sizes.nextInt(6)) {
            start += size;
            eventIndex++;
        }
        var random = new Random(block * 1_000_003L + eventIndex);
        String person = capitalised(word(random)) + " " + capitalised(word(random));
        String organisation = capitalised(word(random)) + " " + capitalised(word(random)) + " Council";
        String place = capitalised(word(random));
        return new Event(person, organisation, place, List.of(word(random), word(random), word(random), word(random)));
    }

    private static String word(Random random) {
        var word = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

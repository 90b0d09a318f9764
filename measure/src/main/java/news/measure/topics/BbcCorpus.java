package news.measure.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.events.ArticleIdentity;
import news.ingest.parse.TextDecoder;
import news.measure.extract.EvalInputException;

/**
 * Reads a corpus in the BBC layout: one folder per class, one {@code .txt} article per file, line 1 the headline,
 * the rest the body. Bytes that are not UTF-8 are read as Windows-1252 (the dev set has one such file). Articles
 * come in folder, then file-name order.
 */
public final class BbcCorpus {
    private BbcCorpus() {
    }

    public static List<LabelledArticle> load(Path dir) throws EvalInputException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new EvalInputException("no such folder: " + dir);
        }
        var articles = new ArrayList<LabelledArticle>();
        for (Path classDir : sorted(dir, Files::isDirectory)) {
            String label = classDir.getFileName().toString();
            if (label.startsWith(".")) {
                continue;
            }
            for (Path file : sorted(classDir, f -> Files.isRegularFile(f) && f.toString().endsWith(".txt"))) {
                String text = TextDecoder.decode(Files.readAllBytes(file)).orElse("");
                articles.add(article(label + "/" + file.getFileName(), label, text));
            }
        }
        if (articles.isEmpty()) {
            throw new EvalInputException("no articles in " + dir + " (expected <class>/<name>.txt files)");
        }
        return articles;
    }

    /** Splits a file's text into headline (the first line) and body (the rest). */
    static LabelledArticle article(String source, String label, String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        int newline = normalised.indexOf('\n');
        String title = (newline < 0 ? normalised : normalised.substring(0, newline)).strip();
        String body = newline < 0 ? "" : normalised.substring(newline + 1).strip();
        return new LabelledArticle(ArticleIdentity.articleId(title, body), source, title, body, List.of(label));
    }

    private static List<Path> sorted(Path dir, java.util.function.Predicate<Path> filter) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(filter).sorted().toList();
        }
    }
}

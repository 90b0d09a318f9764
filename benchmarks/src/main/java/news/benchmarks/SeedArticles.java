package news.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import news.ingest.parse.ArticleFile;

/**
 * The five sample articles of the repo ({@code seeds/}), read as ingest reads inbox files. The folder is the
 * {@value #PROPERTY} system property when set, else the first {@code seeds/} found from the working directory
 * upwards, so the benchmarks run from the checkout or any folder inside it.
 */
public final class SeedArticles {
    public static final String PROPERTY = "newsflow.seeds";
    /** Fixed so that every run parses the same bytes into the same ids and timestamps. */
    static final Instant READ_AT = Instant.parse("2026-02-06T08:00:00Z");

    private final Path folder;
    private final List<ArticleFile> files;

    private SeedArticles(Path folder, List<ArticleFile> files) {
        this.folder = folder;
        this.files = files;
    }

    /** @throws IllegalStateException when no seed folder can be found, saying where it looked */
    public static SeedArticles locate() {
        String configured = System.getProperty(PROPERTY);
        Path folder = configured != null ? Path.of(configured) : searchUpwards(Path.of("").toAbsolutePath());
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException((configured != null
                    ? "-D" + PROPERTY + "=" + configured + " is not a folder"
                    : "no seeds/ folder in " + Path.of("").toAbsolutePath() + " or any folder above it")
                    + ": run the benchmarks from the newsflow checkout or pass -D" + PROPERTY + "=/path/to/seeds");
        }
        List<ArticleFile> files = read(folder);
        if (files.isEmpty()) {
            throw new IllegalStateException("no .txt article in " + folder.toAbsolutePath());
        }
        return new SeedArticles(folder.toAbsolutePath(), files);
    }

    public List<ArticleFile> files() {
        return files;
    }

    /** The checkout the seeds belong to: where the ingest test fixtures are. */
    public Path repository() {
        return folder.getParent();
    }

    private static Path searchUpwards(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds"))) {
                return dir.resolve("seeds");
            }
        }
        return null;
    }

    private static List<ArticleFile> read(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                    .map(SeedArticles::file).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static ArticleFile file(Path path) {
        try {
            return new ArticleFile(path.toAbsolutePath().toString(), path.getFileName().toString(),
                    Files.readAllBytes(path), READ_AT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}

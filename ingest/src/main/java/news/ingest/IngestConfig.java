package news.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.ingest.parse.ArticleFileParser;
import news.ingest.parse.LanguageGuesser;
import news.ingest.parse.text.TextRules;
import news.settings.Settings;
import news.settings.SettingsReader;
import news.settings.WritableFolder;

/**
 * The typed configuration of ingest, bound once from {@link Settings}.
 *
 * @param inbox        the folder watched for article files ({@code ingest.inbox.dir})
 * @param processed    where published files go; by default {@code processed/} beside the inbox
 * @param failed       where refused files go with a note; by default {@code failed/} beside the inbox
 * @param pollInterval how often the inbox is scanned ({@code ingest.inbox.poll-interval})
 * @param stableAfter  how long a file must stay unchanged before it is read ({@code ingest.files.stable-after})
 * @param maxFileBytes larger files are refused unread ({@code ingest.files.max-bytes})
 * @param maxFeedItems items of one feed or JSON array beyond this are left out and reported
 *                     ({@code ingest.feeds.max-items})
 * @param textRules    the plain-text line rules ({@code ingest.text.rules-file}, built in when empty)
 * @param recursive    also take files from the inbox's subfolders ({@code ingest.inbox.recursive})
 * @param languages    tells an article's language when the file does not declare it
 *                     ({@code ingest.language.candidates})
 * @param batchFiles   files published together, with one wait for acknowledgement ({@code ingest.files.batch})
 */
public record IngestConfig(Path inbox, Path processed, Path failed, Duration pollInterval, Duration stableAfter,
                           long maxFileBytes, int maxFeedItems, TextRules textRules, boolean recursive,
                           LanguageGuesser languages, int batchFiles) {

    public static final String INBOX = "ingest.inbox.dir";
    public static final String PROCESSED = "ingest.inbox.processed-dir";
    public static final String FAILED = "ingest.inbox.failed-dir";
    public static final String TEXT_RULES = "ingest.text.rules-file";
    public static final String LANGUAGES = "ingest.language.candidates";

    /** Binds and validates; folders are created when missing and must be writable. */
    public static IngestConfig from(Settings settings) {
        SettingsReader read = settings.reader();
        Path inbox = read.path(INBOX).toAbsolutePath().normalize();
        Path processed = siblingUnlessSet(read, PROCESSED, inbox, "processed");
        Path failed = siblingUnlessSet(read, FAILED, inbox, "failed");
        var config = new IngestConfig(inbox, processed, failed, read.duration("ingest.inbox.poll-interval"),
                read.duration("ingest.files.stable-after"), read.bytes("ingest.files.max-bytes"),
                read.integer("ingest.feeds.max-items", 1, 1_000_000), textRules(read), read.bool("ingest.inbox.recursive"),
                languages(read), read.integer("ingest.files.batch", 1, 100_000));
        read.check();
        requireWritableFolder(read, INBOX, inbox);
        requireWritableFolder(read, PROCESSED, processed);
        requireWritableFolder(read, FAILED, failed);
        read.check();
        return config;
    }

    /** The file parser this configuration describes. */
    public ArticleFileParser parser() {
        return new ArticleFileParser(textRules, maxFeedItems, languages);
    }

    private static LanguageGuesser languages(SettingsReader read) {
        try {
            return LanguageGuesser.of(List.of(read.text(LANGUAGES).split("\\s*,\\s*")));
        } catch (IllegalArgumentException e) {
            read.problem(LANGUAGES, e.getMessage());
            return LanguageGuesser.defaults();
        }
    }

    private static TextRules textRules(SettingsReader read) {
        String file = read.text(TEXT_RULES);
        if (file.isBlank()) {
            return TextRules.builtIn();
        }
        try {
            return TextRules.load(Path.of(file));
        } catch (IOException e) {
            read.problem(TEXT_RULES, "cannot read " + file + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            read.problem(TEXT_RULES, e.getMessage());
        }
        return TextRules.builtIn();
    }

    private static Path siblingUnlessSet(SettingsReader read, String key, Path inbox, String name) {
        String value = read.text(key);
        Path folder = value.isBlank() ? inbox.resolveSibling(name) : Path.of(value);
        return folder.toAbsolutePath().normalize();
    }

    static void requireWritableFolder(SettingsReader read, String key, Path folder) {
        String problem = WritableFolder.problem(folder);
        if (problem != null) {
            read.problem(key, problem);
        }
    }
}

package news.measure.topics;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.events.ArticleIdentity;
import news.measure.extract.EvalInputException;

/**
 * Reads Reuters-21578 in its SGML distribution ({@code reut2-*.sgm}): every story with a body, its TOPICS
 * categories and its ModApte split ({@code LEWISSPLIT} TRAIN or TEST with {@code TOPICS="YES"}; others NOT-USED).
 */
public final class ReutersCorpus {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern STORY = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern TOPICS = Pattern.compile("<TOPICS>(.*?)</TOPICS>", Pattern.DOTALL);
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");

    /** The ModApte split of a story. */
    public enum Split { TRAIN, TEST, UNUSED }

    /** One story and its split. */
    public record Story(LabelledArticle article, Split split) {
    }

    private ReutersCorpus() {
    }

    public static List<Story> load(Path dir) throws EvalInputException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new EvalInputException("no such folder: " + dir);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new EvalInputException("no reut2-*.sgm files in " + dir);
        }
        var stories = new ArrayList<Story>();
        for (Path file : files) {
            String sgml = new String(Files.readAllBytes(file), WINDOWS_1252);
            Matcher story = STORY.matcher(sgml);
            while (story.find()) {
                String attributes = story.group(1);
                String content = story.group(2);
                Matcher body = BODY.matcher(content);
                if (!body.find()) {
                    continue;
                }
                Matcher title = TITLE.matcher(content);
                String titleText = title.find() ? unescape(title.group(1)).strip() : "";
                String bodyText = unescape(body.group(1)).strip();
                var labels = new ArrayList<String>();
                Matcher topics = TOPICS.matcher(content);
                if (topics.find()) {
                    Matcher d = D.matcher(topics.group(1));
                    while (d.find()) {
                        labels.add(d.group(1).strip());
                    }
                }
                String source = file.getFileName() + "#" + attribute(attributes, "NEWID");
                stories.add(new Story(new LabelledArticle(ArticleIdentity.articleId(titleText, bodyText), source,
                        titleText, bodyText, labels), split(attributes)));
            }
        }
        return stories;
    }

    private static Split split(String attributes) {
        if (!"YES".equals(attribute(attributes, "TOPICS"))) {
            return Split.UNUSED;
        }
        return switch (attribute(attributes, "LEWISSPLIT")) {
            case "TRAIN" -> Split.TRAIN;
            case "TEST" -> Split.TEST;
            default -> Split.UNUSED;
        };
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
    }

    /** Resolves the SGML entities the collection uses; control characters ({@code &#3;} and the like) are dropped. */
    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        var out = new StringBuilder(text.length());
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int code = Integer.parseInt(entity.substring(1));
                    yield code < 32 ? " " : String.valueOf((char) code);
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

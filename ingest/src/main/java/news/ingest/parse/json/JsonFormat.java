package news.ingest.parse.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.ingest.parse.ArticleDraft;
import news.ingest.parse.ArticleFile;
import news.ingest.parse.FormatParser;
import news.ingest.parse.FormatResult;
import news.ingest.parse.DerivedTitle;
import news.ingest.parse.TextDecoder;

/**
 * JSON article files ({@code .json}): one IPTC ninjs item, one article in the simple {@code {title, body, …}}
 * form, or an array of either (mixed is fine), each element becoming one article with its index as
 * {@code feedItem}. See {@link NinjsArticle} and {@link SimpleArticle} for the fields read.
 *
 * <p>A single document that cannot be used makes the file unreadable; in an array, an element that cannot be used
 * is one item problem and the others are still published. Elements past {@code maxItems} are left out and counted.
 * An article without a headline gets a title derived from its text, as plain-text files do.
 */
public final class JsonFormat implements FormatParser {
    /** Array elements read from one file unless configured otherwise, as for feeds. */
    public static final int DEFAULT_MAX_ITEMS = 1000;
    static final String CONTENT_TYPE = "application/json";

    /** Strict about the document (duplicate keys, trailing content are errors); thread-safe once built. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final int maxItems;

    public JsonFormat() {
        this(DEFAULT_MAX_ITEMS);
    }

    /** @param maxItems the most elements read from a JSON array; those after it are left out and reported */
    public JsonFormat(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
        }
        this.maxItems = maxItems;
    }

    @Override
    public FormatResult parse(ArticleFile file) {
        Optional<String> text = TextDecoder.decode(file.bytes());
        if (text.isEmpty()) {
            return new FormatResult.Unreadable("binary content: not a text file");
        }
        if (text.get().isBlank()) {
            return new FormatResult.Unreadable("no text: the file holds only whitespace");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text.get());
        } catch (JsonProcessingException e) {
            return new FormatResult.Unreadable("malformed JSON: " + at(e.getLocation()) + e.getOriginalMessage());
        }
        if (root.isArray()) {
            return array(root);
        }
        try {
            return found(List.of(draft(root, null)), List.of());
        } catch (NotAnArticle e) {
            return new FormatResult.Unreadable(e.getMessage());
        }
    }

    private FormatResult array(JsonNode array) {
        if (array.isEmpty()) {
            return new FormatResult.Unreadable("the JSON array holds no articles");
        }
        var drafts = new ArrayList<ArticleDraft>();
        var problems = new ArrayList<String>();
        int read = Math.min(array.size(), maxItems);
        for (int index = 0; index < read; index++) {
            try {
                drafts.add(draft(array.get(index), index));
            } catch (NotAnArticle e) {
                problems.add("item " + index + ": " + e.getMessage());
            }
        }
        if (array.size() > read) {
            problems.add((array.size() - read) + " items left out: the array has " + array.size()
                    + ", more than the limit of " + maxItems);
        }
        return found(drafts, problems);
    }

    private static ArticleDraft draft(JsonNode node, Integer feedItem) throws NotAnArticle {
        JsonArticle article;
        if (NinjsArticle.looksLike(node)) {
            article = NinjsArticle.read(node);
        } else if (SimpleArticle.looksLike(node)) {
            article = SimpleArticle.read(node);
        } else {
            throw new NotAnArticle((feedItem == null ? "JSON is " : "") + "neither ninjs nor {title, body}: "
                    + Json.describe(node));
        }
        if (article.title().isBlank() && article.body().isBlank()) {
            throw new NotAnArticle("no title or text");
        }
        boolean headline = !article.title().isBlank();
        return new ArticleDraft(headline ? article.title() : DerivedTitle.from(article.body()),
                headline ? ArticleDraft.HEADLINE : ArticleDraft.DERIVED, article.body(), article.published(),
                article.byline(), article.language(), article.url(), feedItem);
    }

    private static FormatResult found(List<ArticleDraft> drafts, List<String> problems) {
        return new FormatResult.Found("json", CONTENT_TYPE, drafts, problems);
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}

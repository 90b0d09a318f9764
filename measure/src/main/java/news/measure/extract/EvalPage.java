package news.measure.extract;

import java.util.Objects;

/**
 * One page of an extraction set: its HTML bytes (decompressed) and the true article body.
 *
 * @param id       the file name without {@code .html} or {@code .html.gz}
 * @param fileName the file name as found, for example {@code abc.html.gz}
 * @param url      the page's address from the truth file, or an empty string
 */
public record EvalPage(String id, String fileName, String url, String truth, byte[] html) {
    public EvalPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(html, "html");
    }
}

package news.measure.extract;

import net.dankito.readability4j.Readability4J;
import news.ingest.parse.TextDecoder;

/** The peer: readability4j, a Java port of Mozilla's Readability, given the same bytes; its text content. */
public final class Readability4jExtractor implements BodyExtractor {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(EvalPage page) {
        String html = TextDecoder.decode(page.html()).orElse("");
        try {
            String text = new Readability4J(page.url(), html).parse().getTextContent();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return "";
        }
    }
}

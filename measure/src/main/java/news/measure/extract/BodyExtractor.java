package news.measure.extract;

/** Something that takes a page and returns its article body as plain text. */
public interface BodyExtractor {
    /** Short name for tables and JSON, for example {@code newsflow}. */
    String name();

    /** The article body, or an empty string when none is found. Never throws for a bad page. */
    String extract(EvalPage page);
}

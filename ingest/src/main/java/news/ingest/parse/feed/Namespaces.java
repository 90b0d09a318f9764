package news.ingest.parse.feed;

/** The XML namespaces feeds use. RSS 2.0 elements have none. */
final class Namespaces {
    static final String NONE = "";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String RSS_1 = "http://purl.org/rss/1.0/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private Namespaces() {
    }
}

package news.enrich.topics;

/**
 * One IPTC Media Topic the model can assign.
 *
 * @param code   eight digits, for example {@code 11000000}
 * @param label  the IPTC en-US label
 * @param level  1 for the 17 top-level topics, 2 below them
 * @param parent the index of the parent topic in the model's list, -1 for top-level topics
 */
public record MediaTopic(String code, String label, int level, int parent) {
    public MediaTopic {
        if (code == null || !code.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("not a media topic code: " + code);
        }
        if (level < 1 || (level == 1) != (parent < 0)) {
            throw new IllegalArgumentException("topic " + code + ": level " + level + " with parent " + parent);
        }
        label = label == null ? "" : label;
    }

    public String uri() {
        return "medtop:" + code;
    }
}

package news.enrich.entities.tagger;

/**
 * The BIO tag set over the four CoNLL types: tag 0 is {@code O}; type {@code t} (0 PER, 1 ORG, 2 LOC, 3 MISC) has
 * {@code B} = 1 + 2t and {@code I} = 2 + 2t.
 */
public final class Tags {
    public static final int COUNT = 9;
    public static final int O = 0;
    public static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
    private static final String[] NAMES = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC",
            "I-MISC"};

    private Tags() {
    }

    public static String name(int tag) {
        return NAMES[tag];
    }

    /** The tag of a name such as {@code B-LOC}; IOB1 and IOB2 names are both accepted. */
    public static int of(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown tag " + name);
    }

    /** The type index 0..3, or -1 for {@code O}. */
    public static int type(int tag) {
        return tag == O ? -1 : (tag - 1) / 2;
    }

    public static boolean isBegin(int tag) {
        return tag != O && (tag - 1) % 2 == 0;
    }

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static int inside(int type) {
        return 2 + 2 * type;
    }

    /** Whether {@code tag} may follow {@code previous} (an I tag only continues its own type). */
    public static boolean allowed(int previous, int tag) {
        if (tag == O || isBegin(tag)) {
            return true;
        }
        return previous != O && type(previous) == type(tag);
    }
}

package news.enrich.entities.tagger;

/**
 * The tagger's features: hashed indicator features of a token in its sentence and document, each a row of the
 * weight table. Static features (the word, its lower-case form, shape, prefixes and suffixes up to 8, the words
 * within two positions and, position-free, within four, capitalisation, gazetteer matches, word clusters, the
 * lower-case and mid-sentence capitalised use of the word elsewhere in the document) do not depend on the tags;
 * dynamic ones (the previous two tags, and the types already given to the same word earlier in the document) are
 * computed while decoding. Used alike by the trainer and the tagger, so both see the same features. Immutable.
 */
public final class Features {
    public static final int MAX_STATIC = 80;
    public static final int MAX_DYNAMIC = 8;
    static final int AFFIXES = 8;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long BOUNDARY_BEFORE = 0x1234567L;
    private static final long BOUNDARY_AFTER = 0x7654321L;

    // Template ids.
    private static final int BIAS = 1, WORD = 2, LOWER = 3, SHAPE = 4, SHAPE_LENGTH = 5, PREFIX = 6, SUFFIX = 14,
            PREV_WORD = 22, NEXT_WORD = 23, PREV2_WORD = 24, NEXT2_WORD = 25, LEFT_BAG = 26, RIGHT_BAG = 27,
            LEFT_BIGRAM = 28, RIGHT_BIGRAM = 29, LEFT_SHAPES = 30, RIGHT_SHAPES = 31, SHAPES3 = 32, FIRST = 33,
            GAZ_BIT = 34, GAZ_MASK = 35, CLUSTER = 36, PREV_CLUSTER = 39, NEXT_CLUSTER = 42, LOWER_ELSEWHERE = 45,
            CAPITAL_ELSEWHERE = 46, PREV2_CLUSTER = 47, NEXT2_CLUSTER = 48, CAPS_CLUSTER = 49, LEFT_CLUSTERS = 50, RIGHT_CLUSTERS = 51, CAPS_SENTENCE = 52;
    private static final int TAG1 = 60, TAG2 = 61, TAG_WORD = 62, TAG_SHAPE = 63, DOC_TYPES = 64,
            DOC_TYPES_SHAPE = 65, TAG_CLUSTER = 66;

    /**
     * Roles of a word for tagging: the rows a token gets from its own word alone ({@code SELF}), and those it gets
     * from the word before it ({@code PREVIOUS}), two before ({@code PREVIOUS2}), three or four before
     * ({@code LEFT}), and the same after it; last, the dynamic rows it gets from its own word when the previous
     * tag is {@code O} ({@code AFTER_O}, see {@link #wordTagRows}), the case of most tokens. A word gives the same
     * rows in a role wherever it stands, so the tagger can sum their weights once per word.
     */
    static final int SELF = 0, PREVIOUS = 1, PREVIOUS2 = 2, LEFT = 3, NEXT = 4, NEXT2 = 5, RIGHT = 6, AFTER_O = 7,
            ROLES = 8;

    private final int bits;
    private final int shift;
    private final WordClusters clusters;

    public Features(int bits, WordClusters clusters) {
        if (bits < 10 || bits > 26) {
            throw new IllegalArgumentException("10 to 26 bits of rows, not " + bits);
        }
        this.bits = bits;
        this.shift = 64 - bits;
        this.clusters = clusters;
    }

    public int bits() {
        return bits;
    }

    public WordClusters clusters() {
        return clusters;
    }

    private int row(int template, long value) {
        return (int) (Hashes.mix(value ^ (template * GOLDEN)) >>> shift);
    }

    /**
     * The rows a token gets in {@code role} from a neighbour: its lower-case word and clusters, or, when the
     * neighbour is missing (before the first or after the last token), the boundary. The same rows as
     * {@link Document#staticRows}, grouped by the word they come from.
     */
    int neighbourRows(int role, boolean present, long lower, int cluster, int[] out) {
        boolean before = role == PREVIOUS || role == PREVIOUS2 || role == LEFT;
        long word = present ? lower : before ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
        int packed = present ? cluster : -2;
        int g = clusters.granularities();
        int k = 0;
        switch (role) {
            case PREVIOUS, NEXT -> out[k++] = row(role == PREVIOUS ? PREV_WORD : NEXT_WORD, word);
            case PREVIOUS2, NEXT2 -> out[k++] = row(role == PREVIOUS2 ? PREV2_WORD : NEXT2_WORD, word);
            case LEFT, RIGHT -> { }
            default -> throw new IllegalArgumentException("no neighbour role " + role);
        }
        if (present) {
            out[k++] = row(before ? LEFT_BAG : RIGHT_BAG, lower);
        }
        if (g > 0) {
            switch (role) {
                case PREVIOUS, NEXT ->
                        k = clusterRows(role == PREVIOUS ? PREV_CLUSTER : NEXT_CLUSTER, packed, g, out, k);
                case PREVIOUS2, NEXT2 -> out[k++] = row(role == PREVIOUS2 ? PREV2_CLUSTER : NEXT2_CLUSTER, packed);
                default -> { }
            }
        }
        return k;
    }

    /**
     * The dynamic rows a token gets from its own word and the previous tag alone: {@link Document#dynamicRows}
     * without those of {@link Document#contextTagRows}.
     */
    int wordTagRows(int previous, long lower, long shape, int cluster, int[] out) {
        int k = 0;
        out[k++] = tagRow(previous);
        out[k++] = tagWordRow(previous, lower);
        out[k++] = tagShapeRow(previous, shape);
        if (clusters.granularities() > 0) {
            out[k++] = tagClusterRow(previous, cluster);
        }
        return k;
    }

    private int tagRow(int previous) {
        return row(TAG1, previous);
    }

    private int tagWordRow(int previous, long lower) {
        return row(TAG_WORD, Hashes.combine(previous, lower));
    }

    private int tagShapeRow(int previous, long shape) {
        return row(TAG_SHAPE, Hashes.combine(previous, shape));
    }

    private int tagClusterRow(int previous, int cluster) {
        return row(TAG_CLUSTER, cluster * 16L + previous);
    }

    private int clusterRows(int template, int packed, int granularities, int[] out, int k) {
        for (int g = 0; g < granularities; g++) {
            long value = packed < 0 ? packed : WordClusters.cluster(packed, g);
            out[k++] = row(template + g, value);
        }
        return k;
    }

    /** Starts a document: collects what the document-level features need. */
    public Document document(String[][] sentences, Gazetteer gazetteer) {
        Document doc = new Document(gazetteer);
        doc.start(sentences);
        return doc;
    }

    /** A workspace for documents one after another ({@link Document#start}), keeping its arrays and maps. */
    Document workspace(Gazetteer gazetteer) {
        return new Document(gazetteer);
    }

    /** The words of a token as the features see them: typographic quotes and dashes as in Reuters text. */
    public static String normalise(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u201c' || c == '\u201d' || c == '\u2013' || c == '\u2014'
                    || c == '\u00a0') {
                var out = new StringBuilder(token.length());
                for (int k = 0; k < token.length(); k++) {
                    char d = token.charAt(k);
                    out.append(switch (d) {
                        case '\u2019', '\u2018' -> '\'';
                        case '\u201c', '\u201d' -> '"';
                        case '\u2013', '\u2014' -> '-';
                        case '\u00a0' -> ' ';
                        default -> d;
                    });
                }
                return out.toString();
            }
        }
        return token;
    }

    /** The hash of {@code lower(normalise(word))}, without building either string. */
    static long lowerHash(String word) {
        long h = Hashes.SEED;
        for (int k = 0; k < word.length(); k++) {
            char c = normalise(word.charAt(k));
            h = Hashes.step(h, Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return h;
    }

    static char normalise(char c) {
        return switch (c) {
            case '\u2019', '\u2018' -> '\'';
            case '\u201c', '\u201d' -> '"';
            case '\u2013', '\u2014' -> '-';
            case '\u00a0' -> ' ';
            default -> c;
        };
    }

    /** Lower case with every digit as 0. */
    static String lower(String word) {
        char[] out = new char[word.length()];
        for (int i = 0; i < out.length; i++) {
            char c = word.charAt(i);
            out[i] = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
        }
        return new String(out);
    }

    static long shape(String word) {
        long h = Hashes.SEED;
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'a' : c;
            if (k != last) {
                h = Hashes.step(h, k);
                last = k;
            }
        }
        return h;
    }

    /**
     * One document being tagged: the per-document state and the per-sentence workspace. Not thread-safe: one per
     * thread, for one document or, started again, for one document after another.
     */
    public final class Document {
        private String[][] sentences;
        private final Gazetteer gazetteer;
        private final LongIntMap lowerUse = new LongIntMap(256);
        private final LongIntMap capitalUse = new LongIntMap(64);
        private final LongIntMap types = new LongIntMap(64);
        private int n;
        private long[] word = new long[64];
        private long[] lower = new long[64];
        private long[] shape = new long[64];
        private long[] affixes = new long[64 * 2 * AFFIXES];
        private int[] affixCount = new int[64];
        private int[] cluster = new int[64];
        private int[] gazetteerMarks = new int[64];
        private byte[] capital = new byte[64];
        private int[] rows = new int[64 * MAX_STATIC];
        private int[] rowCount = new int[64];
        private boolean capsSentence;
        private long[] titleKeys = new long[64];
        // Tagging only (prepare(s, words)): role sums per token, their totals without and with the rows of the
        // word after an O tag, and room for one word's rows.
        private int[] roleScores = new int[0];
        private int[] staticScores = new int[0];
        private int[] scoresAfterO = new int[0];
        private final int[] roleRows = new int[MAX_STATIC];

        private Document(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
        }

        /** Starts {@code sentences} as the document, forgetting the one before. */
        void start(String[][] sentences) {
            this.sentences = sentences;
            lowerUse.clear();
            capitalUse.clear();
            types.clear();
            for (String[] s : sentences) {
                for (int i = 0; i < s.length; i++) {
                    String w = s[i];
                    if (w.isEmpty()) {
                        continue;
                    }
                    char c = w.charAt(0);
                    if (Character.isLowerCase(c)) {
                        lowerUse.put(lowerHash(w), 1);
                    } else if (Character.isUpperCase(c) && i > 0 && !isAllCaps(w)) {
                        capitalUse.put(lowerHash(w), 1);
                    }
                }
            }
        }

        public int sentenceCount() {
            return sentences.length;
        }

        public String[] sentence(int s) {
            return sentences[s];
        }

        /** Computes the static features of every token of sentence {@code s}; returns its length. */
        public int prepare(int s) {
            String[] tokens = sentences[s];
            n = tokens.length;
            ensure(n);
            for (int i = 0; i < n; i++) {
                analyse(i, tokens[i]);
            }
            markNames(tokens);
            for (int i = 0; i < n; i++) {
                rowCount[i] = staticRows(i, rows, i * MAX_STATIC);
            }
            return n;
        }

        /**
         * Prepares sentence {@code s} for tagging with the words' cached scores: the rows that come from one word
         * alone (see {@link #SELF} and the other roles) arrive as per-tag sums from {@code words}, taken once per
         * word, and the remaining static rows are added to them here, so that {@link #staticScores()} holds per
         * token exactly the sum of {@link #prepare(int)}'s rows. {@link #scoresAfterO()} holds the same plus the
         * token's {@link #wordTagRows} after an {@code O} tag. Returns the sentence's length.
         */
        int prepare(int s, WordScores words) {
            String[] tokens = sentences[s];
            n = tokens.length;
            ensure(n);
            int stride = ROLES * Tags.COUNT;
            if (roleScores.length < n * stride) {
                roleScores = new int[word.length * stride];
                staticScores = new int[word.length * Tags.COUNT];
                scoresAfterO = new int[word.length * Tags.COUNT];
            }
            for (int i = 0; i < n; i++) {
                String w = tokens[i];
                int slot = words.find(w);
                if (slot >= 0) {
                    word[i] = words.wordHash(slot);
                    lower[i] = words.lowerHash(slot);
                    shape[i] = words.shapeHash(slot);
                    cluster[i] = words.cluster(slot);
                    capital[i] = words.capital(slot);
                } else {
                    analyse(i, w);
                    slot = words.put(w, word[i], lower[i], shape[i], cluster[i], capital[i]);
                    words.sum(slot, SELF, roleRows, selfRows(i, roleRows));
                    for (int role = PREVIOUS; role <= RIGHT; role++) {
                        words.sum(slot, role, roleRows, neighbourRows(role, true, lower[i], cluster[i], roleRows));
                    }
                    words.sum(slot, AFTER_O, roleRows, wordTagRows(Tags.O, lower[i], shape[i], cluster[i], roleRows));
                }
                words.copyScores(slot, roleScores, i * stride);
            }
            markNames(tokens);
            // A pass of its own over the context rows: their reads of the weight table do not wait for one another.
            for (int i = 0; i < n; i++) {
                int at = i * Tags.COUNT;
                sumRoles(i, words);
                words.add(staticScores, at, roleRows, contextRows(i, roleRows, 0));
                System.arraycopy(staticScores, at, scoresAfterO, at, Tags.COUNT);
                addRole(scoresAfterO, at, roleScores, role(i, AFTER_O));
            }
            return n;
        }

        /** Per token of the sentence prepared for tagging, {@link Tags#COUNT} static scores. */
        int[] staticScores() {
            return staticScores;
        }

        /** Per token of the sentence prepared for tagging, its static scores plus its word's rows after an O tag. */
        int[] scoresAfterO() {
            return scoresAfterO;
        }

        /** Token {@code i}'s static score: its own words' role sums, the boundary's where a neighbour is missing. */
        private void sumRoles(int i, WordScores words) {
            int[] out = staticScores;
            int at = i * Tags.COUNT;
            System.arraycopy(roleScores, role(i, SELF), out, at, Tags.COUNT);
            addRole(out, at, i > 0 ? roleScores : words.boundary(PREVIOUS), i > 0 ? role(i - 1, PREVIOUS) : 0);
            addRole(out, at, i > 1 ? roleScores : words.boundary(PREVIOUS2), i > 1 ? role(i - 2, PREVIOUS2) : 0);
            addRole(out, at, i + 1 < n ? roleScores : words.boundary(NEXT), i + 1 < n ? role(i + 1, NEXT) : 0);
            addRole(out, at, i + 2 < n ? roleScores : words.boundary(NEXT2), i + 2 < n ? role(i + 2, NEXT2) : 0);
            for (int d = 3; d <= 4; d++) {
                if (i - d >= 0) {
                    addRole(out, at, roleScores, role(i - d, LEFT));
                }
                if (i + d < n) {
                    addRole(out, at, roleScores, role(i + d, RIGHT));
                }
            }
        }

        private static int role(int token, int role) {
            return (token * ROLES + role) * Tags.COUNT;
        }

        private static void addRole(int[] out, int at, int[] scores, int from) {
            for (int t = 0; t < Tags.COUNT; t++) {
                out[at + t] += scores[from + t];
            }
        }

        /**
         * Hashes, affixes, capitalisation and clusters of token {@code i}: one pass over the characters, without
         * building strings, as this runs for every token.
         */
        private void analyse(int i, String w) {
            int len = w.length();
            long wh = Hashes.SEED;
            long lh = Hashes.SEED;
            long sh = Hashes.SEED;
            char lastShape = 0;
            int count = Math.min(AFFIXES, len);
            int base = i * 2 * AFFIXES;
            for (int k = 0; k < len; k++) {
                char c = normalise(w.charAt(k));
                wh = Hashes.step(wh, c);
                char lc = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
                lh = Hashes.step(lh, lc);
                char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                        : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'a' : c;
                if (kind != lastShape) {
                    sh = Hashes.step(sh, kind);
                    lastShape = kind;
                }
                if (k < count) {
                    affixes[base + k] = lh;
                }
            }
            long q = Hashes.SEED ^ 0x55L;
            for (int k = 0; k < count; k++) {
                char c = normalise(w.charAt(len - 1 - k));
                q = Hashes.step(q, Character.isDigit(c) ? '0' : Character.toLowerCase(c));
                affixes[base + AFFIXES + k] = q;
            }
            word[i] = wh;
            lower[i] = lh;
            shape[i] = sh;
            affixCount[i] = count;
            byte cap = 0;
            if (len > 0 && Character.isUpperCase(w.charAt(0))) {
                cap = (byte) (len > 1 && isAllCaps(w) ? 2 : 1);
            }
            capital[i] = cap;
            int c = clusters.of(wh);
            if (c == WordClusters.MISSING && cap != 0) {
                String nw = normalise(w);
                if (cap == 2) {
                    c = clusters.of(Hashes.of(titleCase(nw)));
                }
                if (c == WordClusters.MISSING) {
                    c = clusters.of(Hashes.of(nw.toLowerCase(java.util.Locale.ROOT)));
                }
            }
            cluster[i] = c;
        }

        /** Gazetteer marks of the prepared sentence's tokens. */
        private void markNames(String[] tokens) {
            capsSentence = isCapsSentence(tokens);
            long[] keys = word;
            if (capsSentence) {
                // A headline in capitals: look its words up in the gazetteer as they are written in running text.
                keys = titleKeys.length < n ? (titleKeys = new long[word.length]) : titleKeys;
                for (int i = 0; i < n; i++) {
                    keys[i] = capital[i] == 2 ? Hashes.of(titleCase(normalise(tokens[i]))) : word[i];
                }
            }
            gazetteer.mark(keys, n, gazetteerMarks);
        }

        /** The static rows of the sentence prepared by {@link #prepare(int)}, {@link #MAX_STATIC} per token. */
        public int[] rows() {
            return rows;
        }

        public int rowCount(int i) {
            return rowCount[i];
        }

        /**
         * All static rows of token {@code i}, in the order the trainer has always added them. Tagging takes the same
         * rows in three parts, {@link #selfRows}, {@link Features#neighbourRows} and {@link #contextRows}: a feature
         * added here goes into one of those too ({@code SequenceTaggerTest} compares the totals).
         */
        private int staticRows(int i, int[] out, int at) {
            int k = wordRows(i, out, at);
            long prev = i > 0 ? lower[i - 1] : BOUNDARY_BEFORE;
            long next = i + 1 < n ? lower[i + 1] : BOUNDARY_AFTER;
            out[k++] = row(PREV_WORD, prev);
            out[k++] = row(NEXT_WORD, next);
            out[k++] = row(PREV2_WORD, i > 1 ? lower[i - 2] : BOUNDARY_BEFORE);
            out[k++] = row(NEXT2_WORD, i + 2 < n ? lower[i + 2] : BOUNDARY_AFTER);
            for (int d = 1; d <= 4; d++) {
                if (i - d >= 0) {
                    out[k++] = row(LEFT_BAG, lower[i - d]);
                }
                if (i + d < n) {
                    out[k++] = row(RIGHT_BAG, lower[i + d]);
                }
            }
            k = pairRows(i, out, k);
            int g = clusters.granularities();
            if (g > 0) {
                k = clusterRows(CLUSTER, cluster[i], g, out, k);
                k = clusterRows(PREV_CLUSTER, i > 0 ? cluster[i - 1] : -2, g, out, k);
                k = clusterRows(NEXT_CLUSTER, i + 1 < n ? cluster[i + 1] : -2, g, out, k);
                out[k++] = row(PREV2_CLUSTER, i > 1 ? cluster[i - 2] : -2);
                out[k++] = row(NEXT2_CLUSTER, i + 2 < n ? cluster[i + 2] : -2);
                k = clusterPairRows(i, out, k);
            }
            k = elsewhereRows(i, out, k);
            return k - at;
        }

        /** Bias, the word, its lower-case form, shape and affixes: the first rows of the token, in training order. */
        private int wordRows(int i, int[] out, int at) {
            int k = at;
            out[k++] = row(BIAS, 0);
            out[k++] = row(WORD, word[i]);
            out[k++] = row(LOWER, lower[i]);
            out[k++] = row(SHAPE, shape[i]);
            out[k++] = row(SHAPE_LENGTH, shape[i] * 31 + Math.min(affixCount[i], 6));
            int base = i * 2 * AFFIXES;
            for (int a = 0; a < affixCount[i]; a++) {
                out[k++] = row(PREFIX + a, affixes[base + a]);
                out[k++] = row(SUFFIX + a, affixes[base + AFFIXES + a]);
            }
            return k;
        }

        /** The rows of token {@code i}'s own word: {@link #staticRows} without those of the neighbours and context. */
        private int selfRows(int i, int[] out) {
            int k = wordRows(i, out, 0);
            int g = clusters.granularities();
            if (g > 0) {
                k = clusterRows(CLUSTER, cluster[i], g, out, k);
            }
            return k;
        }

        /**
         * The rows of token {@code i} that depend on more than one word (pairs, sequences of shapes, position,
         * gazetteer, the rest of the document): {@link #staticRows} without {@link #selfRows} and
         * {@link Features#neighbourRows}.
         */
        private int contextRows(int i, int[] out, int at) {
            int k = pairRows(i, out, at);
            if (clusters.granularities() > 0) {
                k = clusterPairRows(i, out, k);
            }
            k = elsewhereRows(i, out, k);
            return k - at;
        }

        /** Word pairs, shapes around the token, position, capitals headline and gazetteer marks, in training order. */
        private int pairRows(int i, int[] out, int at) {
            int k = at;
            long prev = i > 0 ? lower[i - 1] : BOUNDARY_BEFORE;
            long next = i + 1 < n ? lower[i + 1] : BOUNDARY_AFTER;
            out[k++] = row(LEFT_BIGRAM, Hashes.combine(prev, lower[i]));
            out[k++] = row(RIGHT_BIGRAM, Hashes.combine(lower[i], next));
            long prevShape = i > 0 ? shape[i - 1] : BOUNDARY_BEFORE;
            long nextShape = i + 1 < n ? shape[i + 1] : BOUNDARY_AFTER;
            out[k++] = row(LEFT_SHAPES, Hashes.combine(prevShape, shape[i]));
            out[k++] = row(RIGHT_SHAPES, Hashes.combine(shape[i], nextShape));
            out[k++] = row(SHAPES3, Hashes.combine(Hashes.combine(prevShape, shape[i]), nextShape));
            if (i == 0) {
                out[k++] = row(FIRST, shape[i]);
            }
            if (capsSentence) {
                out[k++] = row(CAPS_SENTENCE, lower[i]);
            }
            int marks = gazetteerMarks[i];
            if (marks != 0) {
                out[k++] = row(GAZ_MASK, marks);
                for (int b = 0; b < 20; b++) {
                    if ((marks & (1 << b)) != 0) {
                        out[k++] = row(GAZ_BIT, b);
                    }
                }
            }
            return k;
        }

        /** Cluster pairs with the neighbours and the token's cluster with its capitalisation (clusters present). */
        private int clusterPairRows(int i, int[] out, int at) {
            int k = at;
            int f = clusters.granularities() - 1;
            long here = cluster[i] < 0 ? -1 : WordClusters.cluster(cluster[i], f);
            long before = i == 0 ? -2 : cluster[i - 1] < 0 ? -1 : WordClusters.cluster(cluster[i - 1], f);
            long after = i + 1 == n ? -2 : cluster[i + 1] < 0 ? -1 : WordClusters.cluster(cluster[i + 1], f);
            out[k++] = row(LEFT_CLUSTERS, before * 4096 + here);
            out[k++] = row(RIGHT_CLUSTERS, here * 4096 + after);
            if (capital[i] != 0) {
                out[k++] = row(CAPS_CLUSTER, cluster[i] * 4L + capital[i] + (i == 0 ? 8L << 32 : 0));
            }
            return k;
        }

        /** How the word is written elsewhere in the document, for a capitalised token. */
        private int elsewhereRows(int i, int[] out, int at) {
            int k = at;
            if (capital[i] != 0) {
                int first = i == 0 ? 1 : 0;
                out[k++] = row(LOWER_ELSEWHERE, lowerUse.get(lower[i], 0) * 4 + first * 2 + capital[i]);
                out[k++] = row(CAPITAL_ELSEWHERE, capitalUse.get(lower[i], 0) * 4 + first * 2 + capital[i]);
            }
            return k;
        }

        /**
         * The rows that depend on the two previous tags and on the tags given earlier in the document, in the order
         * the trainer has always added them. Tagging takes the same rows in two parts, {@link #wordTagRows} and
         * {@link #contextTagRows}.
         */
        public int dynamicRows(int i, int previous, int beforePrevious, int[] out) {
            int k = 0;
            out[k++] = tagRow(previous);
            out[k++] = tagPairRow(previous, beforePrevious);
            out[k++] = tagWordRow(previous, lower[i]);
            out[k++] = tagShapeRow(previous, shape[i]);
            if (clusters.granularities() > 0) {
                out[k++] = tagClusterRow(previous, cluster[i]);
            }
            return typeRows(i, out, k);
        }

        /** The dynamic rows of token {@code i} that are not its {@link #wordTagRows}. */
        int contextTagRows(int i, int previous, int beforePrevious, int[] out) {
            out[0] = tagPairRow(previous, beforePrevious);
            return typeRows(i, out, 1);
        }

        private int tagPairRow(int previous, int beforePrevious) {
            return row(TAG2, previous * 16 + beforePrevious);
        }

        /** The types given to the token's word earlier in the document, alone and with the token's shape. */
        private int typeRows(int i, int[] out, int at) {
            int k = at;
            int seen = types.get(lower[i], 0);
            if (seen != 0) {
                out[k++] = row(DOC_TYPES, seen);
                out[k++] = row(DOC_TYPES_SHAPE, Hashes.combine(seen, shape[i]));
            }
            return k;
        }

        /** Remembers the tag given to token {@code i} for the document-level features of later tokens. */
        public void record(int i, int tag) {
            int bit = tag == Tags.O ? 16 : 1 << Tags.type(tag);
            types.or(lower[i], bit);
        }

        private void ensure(int size) {
            if (size <= word.length) {
                return;
            }
            int cap = Integer.highestOneBit(size) << 1;
            word = new long[cap];
            lower = new long[cap];
            shape = new long[cap];
            affixes = new long[cap * 2 * AFFIXES];
            affixCount = new int[cap];
            cluster = new int[cap];
            gazetteerMarks = new int[cap];
            capital = new byte[cap];
            rows = new int[cap * MAX_STATIC];
            rowCount = new int[cap];
        }
    }

    /** A headline in capitals: letters in at least three tokens and no lower-case letter anywhere. */
    static boolean isCapsSentence(String[] tokens) {
        int lettered = 0;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                if (Character.isLowerCase(t.charAt(i))) {
                    return false;
                }
            }
            if (isAllCaps(t)) {
                lettered++;
            }
        }
        return lettered >= 3;
    }

    static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    static String titleCase(String w) {
        return w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}

package news.enrich.topics;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Everything the topic scorer needs, as trained by {@code newsflow train topics}: the topics it can assign (IPTC
 * levels 1 and 2), a linear classifier over hashed words and bigrams for the top-level topics that have training
 * data, an optional one for second-level topics, the IPTC term lexicon for all of them, the calibration that turns
 * both into probabilities, and the content ids of the training articles (so that an evaluation can skip them).
 * Stored as one gzipped binary file; the same weights always give the same bytes. Immutable and thread-safe.
 *
 * @param description  where the model comes from: training data, split, command
 * @param topics       the assignable topics; parents come before their children
 * @param classifier   scores the top-level topics of {@code classTopics}, one class each (softmax); an output whose
 *                     topic is -1 stands for "none of these topics"
 * @param subClassifier scores the second-level topics of {@code subTopics}, each on its own (sigmoid); may be null
 * @param trainingIds  the sorted 16-byte content ids ({@code ArticleIdentity.articleId}) of the training articles
 */
public record TopicModel(String description, List<MediaTopic> topics, LinearModel classifier, int[] classTopics,
                         LinearModel subClassifier, int[] subTopics, TermLexicon lexicon, Calibration calibration,
                         byte[][] trainingIds) {
    /** The model shipped with enrich. */
    public static final String RESOURCE = "/news/enrich/topics/topic-model.bin.gz";
    private static final int MAGIC = 0x4E46544D;
    private static final int VERSION = 1;

    public TopicModel {
        topics = List.copyOf(topics);
        classTopics = classTopics.clone();
        subTopics = subTopics == null ? new int[0] : subTopics.clone();
        trainingIds = trainingIds.clone();
        Arrays.sort(trainingIds, Arrays::compare);
        if (classifier.classes() != classTopics.length
                || (subClassifier == null ? subTopics.length != 0 : subClassifier.classes() != subTopics.length)) {
            throw new IllegalArgumentException("classifier outputs do not match their topics");
        }
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).parent() >= i) {
                throw new IllegalArgumentException("topic " + topics.get(i).code() + " comes before its parent");
            }
        }
    }

    /**
     * Logistic calibrations, each {@code [bias, w1, w2, ...]} over the features named. The lexicon features of a
     * topic are {@link IptcTopicScorer#lexicalFeatures}.
     *
     * @param trained    a top-level classifier output: over its log-odds
     * @param lexical    a top-level topic: over its lexicon features
     * @param sub        a second-level classifier output, given the parent: over its log-odds
     * @param subLexical a second-level topic, given the parent: over its lexicon features
     */
    public record Calibration(double[] trained, double[] lexical, double[] sub, double[] subLexical) {
        public Calibration {
            if (trained.length != 2 || sub.length != 2 || lexical.length != 4 || subLexical.length != 4) {
                throw new IllegalArgumentException("calibrations take 2 (classifier) and 4 (lexicon) coefficients");
            }
            trained = trained.clone();
            lexical = lexical.clone();
            sub = sub.clone();
            subLexical = subLexical.clone();
        }

        public static double probability(double[] coefficients, double... features) {
            double z = coefficients[0];
            for (int i = 0; i < features.length; i++) {
                z += coefficients[i + 1] * features[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    /** Whether the model was trained on an article with this content id (32 hex characters). */
    public boolean trainedOn(String articleId) {
        byte[] id;
        try {
            id = HexFormat.of().parseHex(articleId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Arrays.binarySearch(trainingIds, id, Arrays::compare) >= 0;
    }

    public int trainingArticles() {
        return trainingIds.length;
    }

    /** The model shipped in the enrich jar. */
    public static TopicModel builtIn() {
        try (InputStream in = TopicModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in topic model " + RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in topic model", e);
        }
    }

    public static TopicModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static TopicModel read(InputStream raw) throws IOException {
        var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a newsflow topic model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("topic model version " + version + " is not supported (expected " + VERSION + ")");
        }
        String description = in.readUTF();
        int count = in.readInt();
        var topics = new ArrayList<MediaTopic>(count);
        for (int i = 0; i < count; i++) {
            topics.add(new MediaTopic(in.readUTF(), in.readUTF(), in.readByte(), in.readShort()));
        }
        int[] classTopics = readIndexes(in);
        LinearModel classifier = LinearModel.read(in);
        int[] subTopics = readIndexes(in);
        LinearModel subClassifier = in.readBoolean() ? LinearModel.read(in) : null;
        TermLexicon lexicon = TermLexicon.read(in);
        var calibration = new Calibration(readDoubles(in), readDoubles(in), readDoubles(in), readDoubles(in));
        byte[][] ids = new byte[in.readInt()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = in.readNBytes(16);
        }
        return new TopicModel(description, topics, classifier, classTopics, subClassifier, subTopics, lexicon,
                calibration, ids);
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public void write(OutputStream raw) throws IOException {
        // GZIPOutputStream writes no file name and a zero time stamp: the bytes depend on the weights only.
        var gzip = new GZIPOutputStream(raw, 1 << 16);
        var out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(description);
        out.writeInt(topics.size());
        for (MediaTopic topic : topics) {
            out.writeUTF(topic.code());
            out.writeUTF(topic.label());
            out.writeByte(topic.level());
            out.writeShort(topic.parent());
        }
        writeIndexes(out, classTopics);
        classifier.write(out);
        writeIndexes(out, subTopics);
        out.writeBoolean(subClassifier != null);
        if (subClassifier != null) {
            subClassifier.write(out);
        }
        lexicon.write(out);
        for (double[] coefficients : List.of(calibration.trained(), calibration.lexical(), calibration.sub(),
                calibration.subLexical())) {
            out.writeInt(coefficients.length);
            for (double c : coefficients) {
                out.writeDouble(c);
            }
        }
        out.writeInt(trainingIds.length);
        for (byte[] id : trainingIds) {
            out.write(id);
        }
        out.flush();
        gzip.finish();
    }

    private static void writeIndexes(DataOutputStream out, int[] indexes) throws IOException {
        out.writeInt(indexes.length);
        for (int index : indexes) {
            out.writeShort(index);
        }
    }

    private static int[] readIndexes(DataInputStream in) throws IOException {
        int[] indexes = new int[in.readInt()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = in.readShort();
        }
        return indexes;
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}

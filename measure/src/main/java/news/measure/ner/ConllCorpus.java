package news.measure.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.enrich.entities.tagger.Tags;
import news.measure.extract.EvalInputException;

/**
 * Reads CoNLL-2003 files: one token per line with the NER tag in the last column, blank lines between sentences,
 * {@code -DOCSTART-} lines between documents. IOB1 tags (an {@code I-} that starts an entity) are read as IOB2.
 * A file without {@code -DOCSTART-} lines is one document.
 */
public final class ConllCorpus {
    private ConllCorpus() {
    }

    public static List<ConllDocument> read(Path file) throws EvalInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new EvalInputException("no such file: " + file);
        }
        List<ConllDocument> docs = new ArrayList<>();
        List<String[]> sentences = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> sentenceTags = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    endSentence(tokens, sentenceTags, sentences, tags);
                    continue;
                }
                String[] columns = trimmed.split("\\s+");
                if (columns[0].equals("-DOCSTART-")) {
                    endSentence(tokens, sentenceTags, sentences, tags);
                    endDocument(sentences, tags, docs);
                    continue;
                }
                if (columns.length < 2) {
                    throw new EvalInputException(file + ":" + lineNumber + ": expected a token and a tag");
                }
                String tag = columns[columns.length - 1];
                int parsed;
                try {
                    parsed = Tags.of(tag);
                } catch (IllegalArgumentException e) {
                    throw new EvalInputException(file + ":" + lineNumber + ": unknown tag " + tag);
                }
                tokens.add(columns[0]);
                sentenceTags.add(parsed);
            }
        }
        endSentence(tokens, sentenceTags, sentences, tags);
        endDocument(sentences, tags, docs);
        if (docs.isEmpty()) {
            throw new EvalInputException(file + ": no sentences");
        }
        return docs;
    }

    private static void endSentence(List<String> tokens, List<Integer> tagList, List<String[]> sentences,
                                    List<int[]> tags) {
        if (tokens.isEmpty()) {
            return;
        }
        int[] t = new int[tagList.size()];
        for (int i = 0; i < t.length; i++) {
            int tag = tagList.get(i);
            int previous = i == 0 ? Tags.O : t[i - 1];
            // IOB1: an I- tag that does not continue its type starts the entity.
            if (tag != Tags.O && !Tags.isBegin(tag) && !Tags.allowed(previous, tag)) {
                tag = Tags.begin(Tags.type(tag));
            }
            t[i] = tag;
        }
        sentences.add(tokens.toArray(String[]::new));
        tags.add(t);
        tokens.clear();
        tagList.clear();
    }

    private static void endDocument(List<String[]> sentences, List<int[]> tags, List<ConllDocument> docs) {
        if (sentences.isEmpty()) {
            return;
        }
        docs.add(new ConllDocument(sentences.toArray(String[][]::new), tags.toArray(int[][]::new)));
        sentences.clear();
        tags.clear();
    }
}

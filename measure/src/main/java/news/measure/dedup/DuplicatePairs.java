package news.measure.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.measure.extract.EvalInputException;

/**
 * The gold pairs of {@code eval dedup}: a TSV with a header {@code file_a file_b relation}, paths relative to the
 * corpus folder, relation {@code exact} or {@code same-title-revised} (any other word is kept as given).
 */
public final class DuplicatePairs {
    /** One listed pair. */
    public record Pair(String fileA, String fileB, String relation) {
    }

    private DuplicatePairs() {
    }

    public static List<Pair> load(Path tsv) throws EvalInputException, IOException {
        if (!Files.isRegularFile(tsv)) {
            throw new EvalInputException("no such file: " + tsv);
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("file_a\tfile_b\trelation")) {
            throw new EvalInputException(tsv + ": line 1 must be the header 'file_a<TAB>file_b<TAB>relation'");
        }
        var pairs = new ArrayList<Pair>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new EvalInputException(tsv + ": line " + (i + 1) + ": expected three tab-separated columns, got '"
                        + line + "'");
            }
            pairs.add(new Pair(cells[0].strip(), cells[1].strip(), cells[2].strip()));
        }
        if (pairs.isEmpty()) {
            throw new EvalInputException(tsv + ": no pairs listed");
        }
        return pairs;
    }
}

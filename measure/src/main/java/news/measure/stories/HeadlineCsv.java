package news.measure.stories;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.measure.extract.EvalInputException;

/**
 * Reads a UCI News Aggregator CSV ({@code ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP}, RFC-4180
 * quoting, columns found by header name) into headlines in TIMESTAMP order, ties by ID: the order a stream would
 * have brought them. CATEGORY and URL are not read. A missing file or column or a bad row is an
 * {@link EvalInputException} naming the file and line.
 */
public final class HeadlineCsv {
    static final List<String> COLUMNS = List.of("ID", "TITLE", "PUBLISHER", "STORY", "HOSTNAME", "TIMESTAMP");

    private HeadlineCsv() {
    }

    public static List<Headline> load(Path file) throws EvalInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new EvalInputException("no such file: " + file);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new EvalInputException(file + ": not UTF-8 text");
        }
        return parse(file.toString(), text);
    }

    static List<Headline> parse(String name, String text) throws EvalInputException {
        List<Row> rows = rows(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            throw new EvalInputException(name + ": empty file, expected a header " + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new EvalInputException(name + ":1: no column " + column + " in the header (expected "
                        + "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP)");
            }
        }
        var headlines = new ArrayList<Headline>(rows.size());
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                continue;
            }
            if (row.fields().size() != header.size()) {
                throw new EvalInputException(name + ":" + row.line() + ": " + row.fields().size() + " fields, the "
                        + "header has " + header.size());
            }
            String title = field(row, columns, "TITLE");
            String story = field(row, columns, "STORY");
            if (title.isBlank() || story.isBlank()) {
                throw new EvalInputException(name + ":" + row.line() + ": empty " + (title.isBlank() ? "TITLE" : "STORY"));
            }
            headlines.add(new Headline(number(name, row, columns, "ID"), title, field(row, columns, "PUBLISHER"),
                    field(row, columns, "HOSTNAME"), number(name, row, columns, "TIMESTAMP"), story, row.line()));
        }
        if (headlines.isEmpty()) {
            throw new EvalInputException(name + ": no rows after the header");
        }
        headlines.sort(Comparator.comparingLong(Headline::timestamp).thenComparingLong(Headline::id));
        return List.copyOf(headlines);
    }

    private record Row(int line, List<String> fields) {
    }

    private static String field(Row row, Map<String, Integer> columns, String column) {
        return row.fields().get(columns.get(column));
    }

    private static long number(String name, Row row, Map<String, Integer> columns, String column)
            throws EvalInputException {
        String raw = field(row, columns, column).strip();
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new EvalInputException(name + ":" + row.line() + ": " + column + " '" + raw + "' is not a whole number");
        }
    }

    /** RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes. */
    private static List<Row> rows(String name, String text) throws EvalInputException {
        var rows = new ArrayList<Row>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0 || wasQuoted) {
                        throw new EvalInputException(name + ":" + line + ": a quote inside an unquoted field");
                    }
                    quoted = true;
                    wasQuoted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                }
                case '\r' -> {
                    // the \n that follows ends the row
                }
                case '\n' -> {
                    fields.add(field.toString());
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                    fields.clear();
                    field.setLength(0);
                    wasQuoted = false;
                    line++;
                    rowLine = line;
                }
                default -> {
                    if (wasQuoted) {
                        throw new EvalInputException(name + ":" + line + ": text after a closing quote");
                    }
                    field.append(c);
                }
            }
            i++;
        }
        if (quoted) {
            throw new EvalInputException(name + ":" + rowLine + ": a quoted field is not closed before the end");
        }
        if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}

package news.measure.ner.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.enrich.entities.Token;
import news.enrich.entities.Tokenizer;

/**
 * Unlabelled text for word clusters, tokenised as the tagger sees text: the titles and bodies of Reuters-21578 SGML
 * files and plain-text articles (one per file, BBC layout: first line the headline). Read at training time only.
 */
public final class UnlabelledText {
    private static final Pattern REUTERS_PART = Pattern.compile("<(TITLE|BODY)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot);");
    private final Tokenizer tokenizer = new Tokenizer();

    /** Sentences of tokens from every {@code *.sgm} file of a Reuters-21578 folder. */
    public List<String[]> reuters(Path folder) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList();
        }
        for (Path file : files) {
            String sgml = decode(Files.readAllBytes(file));
            Matcher m = REUTERS_PART.matcher(sgml);
            while (m.find()) {
                String text = unescape(m.group(2)).replace("\u0003", " ");
                if (m.group(1).equals("BODY")) {
                    // Bodies are hard-wrapped: a line break inside a paragraph is not a sentence end.
                    text = text.replaceAll("\\s*\\n\\s*", " ").replaceAll("\\s+Reuter\\s*$", "");
                }
                add(text, out);
            }
        }
        return out;
    }

    /** Sentences of tokens from every {@code .txt} file under {@code folder}, one paragraph per line. */
    public List<String[]> plainText(Path folder) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            add(decode(Files.readAllBytes(file)), out);
        }
        return out;
    }

    private void add(String text, List<String[]> out) {
        for (List<Token> sentence : tokenizer.sentences(text)) {
            out.add(sentence.stream().map(Token::text).toArray(String[]::new));
        }
    }

    /** UTF-8, or Windows-1252 where the bytes are not valid UTF-8. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        var out = new StringBuilder(text.length());
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                default -> {
                    int code = Integer.parseInt(e.substring(1));
                    yield code < 32 ? " " : String.valueOf((char) code);
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

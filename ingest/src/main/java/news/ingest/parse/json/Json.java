package news.ingest.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Locale;

/** Small readers over Jackson trees shared by the two JSON article forms. */
final class Json {
    private Json() {
    }

    /** The field's string value, or null when it is missing, null, not a string or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }

    static boolean isWebAddress(String text) {
        return text != null && (text.strip().startsWith("http://") || text.strip().startsWith("https://"));
    }

    /** What a value is, for messages: {@code an object with fields [a, b]}, {@code a number}. */
    static String describe(JsonNode node) {
        if (node.isObject()) {
            var fields = new ArrayList<String>();
            node.fieldNames().forEachRemaining(fields::add);
            if (fields.isEmpty()) {
                return "an empty object";
            }
            String listed = String.join(", ", fields.subList(0, Math.min(fields.size(), 8)));
            return "an object with fields [" + listed + (fields.size() > 8 ? ", …" : "") + "]";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}

package news.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one JSON mapping of newsflow: records in camelCase, instants as ISO-8601 UTC text, unknown fields ignored on
 * read so that adding a field never breaks an older reader. Every topic value and every output file goes through it.
 */
public final class JsonSerdes {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private JsonSerdes() {
    }

    /** A Kafka serde for one record type. Null values stay null (tombstones). */
    public static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : toBytes(value),
                (topic, bytes) -> bytes == null ? null : fromBytes(bytes, type));
    }

    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Indented JSON with a final newline, for files people read. */
    public static byte[] toPrettyBytes(Object value) {
        try {
            // Written as UTF-8 bytes directly: through a String, the sink spent as long encoding as writing JSON.
            return withNewline(PRETTY.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The document {@link #toPrettyBytes(Object)} writes for the record whose compact JSON ({@link #toBytes}) is
     * {@code json}, byte for byte, without binding the record: the sink indents the enriched record it read.
     *
     * @throws SerializationException when {@code json} is not one compact JSON document
     */
    public static byte[] toPrettyBytes(byte[] json) {
        try {
            return withNewline(JsonIndent.indent(json));
        } catch (IllegalArgumentException e) {
            throw new SerializationException("cannot indent JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] withNewline(byte[] json) {
        byte[] file = Arrays.copyOf(json, json.length + 1);
        file[json.length] = '\n';
        return file;
    }

    /** Parses JSON into a record, with a message that says which type and why when it cannot. */
    public static <T> T fromBytes(byte[] bytes, Class<T> type) {
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new SerializationException("JSON null is not a " + type.getSimpleName());
            }
            return value;
        } catch (IOException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + ": " + firstLine(e), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

package news.events;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A record a stage could not process, written to {@code news.enrich.dlq} with the reason and enough to find and
 * replay the original.
 *
 * @param stage            the step that gave up, for example {@code parse} or {@code enrich}
 * @param payload          the original value: UTF-8 text, or base64 when {@link #payloadEncoding()} is {@code base64}
 * @param payloadTruncated true when the payload was cut to {@link #MAX_PAYLOAD_BYTES}
 * @param sourcePath       the article's source file when it could be read, else null
 */
public record DeadLetter(
        String stage,
        String reason,
        String errorClass,
        String sourceTopic,
        int partition,
        long offset,
        String key,
        String payload,
        String payloadEncoding,
        boolean payloadTruncated,
        String sourcePath,
        Instant at) {

    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    public DeadLetter {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    /** Builds a dead letter whose payload is the original bytes, as text when they are valid UTF-8, cut to 64 KB. */
    public static DeadLetter of(String stage, String reason, Throwable error, String sourceTopic, int partition,
                                long offset, String key, byte[] value, String sourcePath, Instant at) {
        byte[] bytes = value == null ? new byte[0] : value;
        boolean truncated = bytes.length > MAX_PAYLOAD_BYTES;
        byte[] kept = truncated ? Arrays.copyOf(bytes, MAX_PAYLOAD_BYTES) : bytes;
        String text = utf8OrNull(kept, truncated);
        String payload = text != null ? text : Base64.getEncoder().encodeToString(kept);
        return new DeadLetter(stage, reason, error == null ? null : error.getClass().getName(), sourceTopic,
                partition, offset, key, payload, text != null ? "utf-8" : "base64", truncated, sourcePath, at);
    }

    private static String utf8OrNull(byte[] bytes, boolean truncated) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // A cut can split a multi-byte character at the end: drop up to three trailing bytes before giving up.
            for (int drop = 1; truncated && drop <= 3 && drop < bytes.length; drop++) {
                try {
                    return decoder.reset().decode(ByteBuffer.wrap(bytes, 0, bytes.length - drop)).toString();
                } catch (CharacterCodingException ignored) {
                    // try one byte fewer
                }
            }
            return null;
        }
    }
}

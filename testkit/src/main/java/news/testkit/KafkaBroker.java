package news.testkit;

/** The broker a test runs against; resolve it as a test parameter under {@link KafkaBrokerExtension}. */
public record KafkaBroker(String bootstrapServers, String kind) {
}

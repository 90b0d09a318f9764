package news.launcher;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import news.events.DeadLetter;
import news.events.JsonSerdes;
import news.events.RawArticle;
import news.events.Topics;
import news.settings.ConfigException;
import news.settings.Settings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow dlq list|replay}: look at the records enrich set aside, and send them through again. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Dead letters of enrich: list them, replay them after a fix.",
        subcommands = {DlqCommand.List.class, DlqCommand.Replay.class, CommandLine.HelpCommand.class})
final class DlqCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list or replay");
    }

    /** A dead letter and where it is: its position names it for {@code replay --id}. */
    record Letter(String position, DeadLetter deadLetter) {
    }

    static java.util.List<Letter> letters(Map<String, String> kafka, Topics topics) {
        var letters = new ArrayList<Letter>();
        for (ConsumerRecord<String, byte[]> record : TopicSnapshot.read(kafka, topics.enrichDlq().name())) {
            if (record.value() == null) {
                continue;
            }
            try {
                letters.add(new Letter(record.partition() + ":" + record.offset(),
                        JsonSerdes.fromBytes(record.value(), DeadLetter.class)));
            } catch (RuntimeException e) {
                // not a DeadLetter: another writer's record, never ours
            }
        }
        return letters;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Show each dead letter: where it is, stage, reason, source file and original offset.")
    static final class List implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Settings settings = common.loadSettings();
            Topics topics = Topics.create(Configuration.topicLayout(settings));
            return ClusterAccess.withKafka(common, settings, (kafka, own) -> {
                PrintWriter out = spec.commandLine().getOut();
                java.util.List<Letter> letters = letters(kafka, topics);
                out.printf("%-10s %-24s %-7s %-34s %-40s %s%n", "id", "at", "stage", "key", "source file", "reason");
                for (Letter letter : letters) {
                    DeadLetter d = letter.deadLetter();
                    out.printf("%-10s %-24s %-7s %-34s %-40s %s (from %s %d@%d)%n", letter.position(), d.at(),
                            d.stage(), d.key(), d.sourcePath(), d.reason(), d.sourceTopic(), d.partition(), d.offset());
                }
                out.printf("%d dead letter(s) in %s%n", letters.size(), topics.enrichDlq().name());
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Send dead letters back to news.articles.raw, keyed by their article id, after a fix.")
    static final class Replay implements Callable<Integer> {
        @Option(names = "--id", paramLabel = "ID",
                description = "A dead letter to replay: its id from 'dlq list' (partition:offset) or its record key.")
        java.util.List<String> ids = new ArrayList<>();

        @Option(names = "--all", description = "Replay every dead letter.")
        boolean all;

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (all == !ids.isEmpty()) {
                throw new ConfigException(java.util.List.of("give --id ID (one or more) or --all"));
            }
            Settings settings = common.loadSettings();
            Topics topics = Topics.create(Configuration.topicLayout(settings));
            return ClusterAccess.withKafka(common, settings, (kafka, own) -> {
                java.util.List<Letter> chosen = letters(kafka, topics).stream()
                        .filter(l -> all || ids.contains(l.position()) || ids.contains(l.deadLetter().key()))
                        .toList();
                int sent = send(kafka, topics, chosen);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("replayed %d dead letter(s) to %s%n", sent, topics.articlesRaw().name());
                if (sent < chosen.size()) {
                    out.printf("skipped %d whose payload was cut to 64 KB: the original is not in the dead letter%n",
                            chosen.size() - sent);
                }
                out.flush();
                return chosen.isEmpty() && !all ? Newsflow.FAILED : 0;
            });
        }

        /** The original bytes, keyed by the article id when they are an article, as the raw topic requires. */
        private static int send(Map<String, String> kafka, Topics topics, java.util.List<Letter> letters)
                throws Exception {
            Map<String, Object> props = new java.util.HashMap<>(kafka);
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
                for (Letter letter : letters) {
                    DeadLetter d = letter.deadLetter();
                    if (d.payloadTruncated()) {
                        continue;
                    }
                    byte[] payload = "base64".equals(d.payloadEncoding())
                            ? Base64.getDecoder().decode(d.payload())
                            : d.payload().getBytes(StandardCharsets.UTF_8);
                    producer.send(new ProducerRecord<>(topics.articlesRaw().name(), keyOf(payload, d.key()), payload))
                            .get();
                }
                return (int) letters.stream().filter(l -> !l.deadLetter().payloadTruncated()).count();
            }
        }

        private static String keyOf(byte[] payload, String original) {
            try {
                return JsonSerdes.fromBytes(payload, RawArticle.class).id();
            } catch (RuntimeException notAnArticle) {
                return original;
            }
        }
    }
}

package news.launcher;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.events.TopicSpec;
import news.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin tasks every command starts with: reach the cluster within a bounded wait, create missing topics. */
final class KafkaAdmin implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaAdmin.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final Admin admin;

    private KafkaAdmin(Admin admin) {
        this.admin = admin;
    }

    /** Connects and checks the cluster answers; fails with a readable message after {@link #CONNECT_TIMEOUT}. */
    static KafkaAdmin connect(Map<String, String> kafka) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CONNECT_TIMEOUT.toMillis());
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CONNECT_TIMEOUT.toMillis());
        Admin admin = Admin.create(props);
        try {
            admin.describeCluster().nodes().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new KafkaAdmin(admin);
        } catch (ExecutionException | TimeoutException e) {
            admin.close(Duration.ZERO);
            throw new StartupException("cannot reach Kafka at " + kafka.get("bootstrap.servers") + " within "
                    + CONNECT_TIMEOUT.toSeconds() + " s; is the broker running and the address right?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admin.close(Duration.ZERO);
            throw new StartupException("interrupted while connecting to Kafka");
        }
    }

    Admin admin() {
        return admin;
    }

    /** Creates the catalogue's topics that do not exist yet; existing topics are left as they are. */
    void createTopics(Topics topics) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.all().stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(TopicSpec::newTopic)
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((name, future) -> {
                try {
                    future.get();
                    log.info("created topic {}", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new StartupException("cannot create topic " + name + ": " + e.getCause().getMessage());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StartupException("interrupted while creating topics");
                }
            });
            awaitLeaders(missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            throw new StartupException("cannot list topics: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while creating topics");
        }
    }

    /**
     * Waits until every partition of the new topics has a leader. A producer that writes to a partition the broker
     * is still taking on gets NOT_LEADER_OR_FOLLOWER, and an idempotent producer can then stall on out-of-order
     * sequences until its delivery timeout (seen on the single test broker right after creation).
     */
    private void awaitLeaders(List<String> names) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        while (true) {
            try {
                boolean ready = admin.describeTopics(names).allTopicNames().get().values().stream()
                        .allMatch(topic -> topic.partitions().stream().allMatch(p -> p.leader() != null
                                && !p.leader().isEmpty()));
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                // just created: the metadata has not reached the broker that answered yet
            }
            if (System.nanoTime() > deadline) {
                throw new StartupException("the new topics " + names + " have partitions without a leader after "
                        + CONNECT_TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}

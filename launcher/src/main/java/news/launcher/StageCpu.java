package news.launcher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * CPU time by pipeline stage, between two snapshots: this process's Java threads by name (each stage's threads carry
 * its application or client id), what the JVM spends outside them (garbage collection, JIT compilation), and the
 * broker's process. Shares are of the sum, so they say where the machine's cores went.
 */
final class StageCpu {
    static final String JVM = "jvm";
    static final String BROKER = "broker";
    static final String OTHER = "other";

    private final Function<String, String> stageOfThread;
    private final ProcessHandle broker;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * @param stageOfThread the stage a thread name belongs to, or null for {@value #OTHER}
     * @param broker        the broker's process, or null when the broker is not on this machine
     */
    StageCpu(Function<String, String> stageOfThread, ProcessHandle broker) {
        this.stageOfThread = stageOfThread;
        this.broker = broker;
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    /** CPU nanoseconds per thread id and in total, now. */
    Snapshot snapshot() {
        var perThread = new LinkedHashMap<Long, Long>();
        var names = new LinkedHashMap<Long, String>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                perThread.put(info.getThreadId(), nanos);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        long brokerNanos = broker == null ? 0
                : broker.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        return new Snapshot(perThread, names, os.getProcessCpuTime(), brokerNanos);
    }

    /** CPU seconds per stage between the snapshots; a thread started in between counts from zero. */
    Map<String, Double> seconds(Snapshot before, Snapshot after) {
        var stages = new LinkedHashMap<String, Double>();
        long javaThreads = 0;
        for (var entry : after.perThread().entrySet()) {
            long nanos = entry.getValue() - before.perThread().getOrDefault(entry.getKey(), 0L);
            javaThreads += nanos;
            String stage = stageOfThread.apply(after.names().get(entry.getKey()));
            stages.merge(stage == null ? OTHER : stage, nanos / 1e9, Double::sum);
        }
        long process = after.process() - before.process();
        stages.put(JVM, Math.max(0, process - javaThreads) / 1e9);
        if (broker != null) {
            stages.put(BROKER, (after.broker() - before.broker()) / 1e9);
        }
        return stages;
    }

    /** Each stage's share of the total. */
    static Map<String, Double> shares(Map<String, Double> seconds) {
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        var shares = new LinkedHashMap<String, Double>();
        seconds.forEach((stage, s) -> shares.put(stage, total == 0 ? 0 : Math.round(s / total * 1000) / 1000.0));
        return shares;
    }

    record Snapshot(Map<Long, Long> perThread, Map<Long, String> names, long process, long broker) {
    }
}

package news.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * CPU time by pipeline stage, between two snapshots: this process's Java threads by name (each stage's threads carry
 * its application or client id), what the process spends outside them (garbage collection, JIT compilation,
 * RocksDB's background flushes and compactions, told apart by thread name where {@code /proc} shows them), and the
 * broker's process. Shares are of the sum, so they say where the machine's cores went.
 */
final class StageCpu {
    static final String JVM = "jvm";
    static final String GC = "gc";
    static final String JIT = "jit";
    static final String ROCKSDB = "rocksdb";
    /** Linux's clock tick for /proc times: 100 Hz on every kernel configuration in use (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;
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
        return new Snapshot(perThread, names, os.getProcessCpuTime(), brokerNanos, nativeThreads());
    }

    /**
     * CPU nanoseconds of the threads that are not Java threads, by kind, from {@code /proc/self/task}; empty where
     * there is no {@code /proc}. A thread's name there is cut to 15 characters.
     */
    private static Map<String, Long> nativeThreads() {
        var kinds = new LinkedHashMap<String, Long>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return kinds;
        }
        try (var dirs = Files.list(tasks)) {
            dirs.forEach(dir -> {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String kind = kindOf(stat.substring(open + 1, close));
                    if (kind != null) {
                        // Fields after the name: state is the first, utime the 12th, stime the 13th.
                        String[] fields = stat.substring(close + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        kinds.merge(kind, ticks * NANOS_PER_TICK, Long::sum);
                    }
                } catch (IOException | RuntimeException gone) {
                    // The thread ended between the listing and the read: its time is lost to "jvm".
                }
            });
        } catch (IOException unreadable) {
            return Map.of();
        }
        return kinds;
    }

    private static String kindOf(String threadName) {
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
            return GC;
        }
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return JIT;
        }
        return threadName.startsWith("rocksdb:") ? ROCKSDB : null;
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
        long outside = after.process() - before.process() - javaThreads;
        for (var entry : after.nativeThreads().entrySet()) {
            long nanos = entry.getValue() - before.nativeThreads().getOrDefault(entry.getKey(), 0L);
            stages.put(entry.getKey(), nanos / 1e9);
            outside -= nanos;
        }
        stages.put(JVM, Math.max(0, outside) / 1e9);
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

    record Snapshot(Map<Long, Long> perThread, Map<Long, String> names, long process, long broker,
                    Map<String, Long> nativeThreads) {
    }
}

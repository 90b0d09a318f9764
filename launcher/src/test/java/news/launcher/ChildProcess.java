package news.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A newsflow command in a child JVM on the test classpath, as a fault test needs it: a crash must be a real process
 * death ({@link #kill()} sends SIGKILL), not a close. Output and logs go to {@code <name>.log} in the folder given.
 */
final class ChildProcess implements AutoCloseable {
    private final String name;
    private final Path log;
    private final Process process;

    private ChildProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code java -cp <test classpath> news.launcher.Newsflow args...} in {@code workDir}. */
    static ChildProcess start(String name, Path workDir, String heap, String... args) throws IOException {
        return startMain(name, workDir, heap, Newsflow.class, args);
    }

    /** Starts {@code java -cp <test classpath> main args...} in {@code workDir}. */
    static ChildProcess startMain(String name, Path workDir, String heap, Class<?> main, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ChildProcess(name, log, process);
    }

    /** SIGKILL, then waits for the process to be gone: no shutdown hook, no close, no leave-group. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not die after SIGKILL");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the child's output, for assertion messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return name + " (" + log + "):\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                    lines.size()));
        } catch (IOException e) {
            return name + ": no log (" + e + ")";
        }
    }

    /** SIGTERM (a clean stop through the shutdown hook), SIGKILL if it does not end within 40 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            kill();
        }
    }
}

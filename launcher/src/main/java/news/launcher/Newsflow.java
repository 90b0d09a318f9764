package news.launcher;

import java.io.PrintWriter;
import news.settings.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsflow} command line. Exit codes: 0 success, 1 failure at run time, 2 usage or configuration error.
 * Results go to stdout, logs to stderr.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Streaming news ingestion on Apache Kafka: article files in, enriched articles out.",
        subcommands = {UpCommand.class, RunCommand.class, IngestCommand.class, TailCommand.class, StatusCommand.class,
                DlqCommand.class, HealthCommand.class, BrokerCommand.class,
                BenchCommand.class,
                EvalCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Newsflow {
    static final int FAILED = 1;
    static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int execute(PrintWriter out, PrintWriter err, String... args) {
        var commandLine = new CommandLine(new Newsflow()).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            if (error instanceof ConfigException config) {
                cmd.getErr().println("newsflow: " + config.getMessage());
                return USAGE;
            }
            if (error instanceof StartupException) {
                cmd.getErr().println("newsflow: " + error.getMessage());
                return FAILED;
            }
            throw error;
        });
        return commandLine.execute(args);
    }
}

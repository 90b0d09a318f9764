package news.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow bench ...}: benchmarks that print a table and, as the last line, one JSON object. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (figures, not pass/fail).",
        subcommands = {IngestBench.class, DedupBench.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark, for example: bench ingest");
    }
}

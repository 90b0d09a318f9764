package news.launcher;

import java.io.PrintWriter;
import news.measure.extract.EvalInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow eval KIND}: measures one part of the product on a labelled data set and prints a table, then, as
 * the last line of stdout, one JSON object with the figures (scores as fractions in 0–1).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure a part of newsflow on labelled data: a table, then one JSON line of figures.",
        subcommands = {EvalExtractCommand.class, EvalNerCommand.class, EvalTopicsCommand.class,
                EvalDedupCommand.class, EvalStoriesCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Prints an evaluation's table, then its JSON object as the last line of stdout (the eval contract). */
    static int print(CommandSpec spec, String table, String json) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(table);
        out.println(json);
        out.flush();
        return 0;
    }

    /** Inputs that are missing or malformed are a usage error: the reason on stderr, exit 2. */
    static int inputError(CommandSpec spec, EvalInputException e) {
        spec.commandLine().getErr().println("newsflow: " + e.getMessage());
        return Newsflow.USAGE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand (for example: extract)");
    }
}

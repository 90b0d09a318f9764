package news.launcher;

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

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand (for example: extract)");
    }
}

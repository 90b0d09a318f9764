package news.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow train KIND}: rebuilds a shipped model from training data anyone can supply. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild a model newsflow ships (from your own data or the evaluation data).",
        subcommands = {CommandLine.HelpCommand.class, TrainNerCommand.class, TrainTopicsCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a model to train, for example: train ner");
    }
}

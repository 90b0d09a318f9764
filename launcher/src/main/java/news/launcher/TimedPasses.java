package news.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --passes} option of the eval commands: how many timed passes give the median speed. */
final class TimedPasses {
    @Option(names = "--passes", paramLabel = "N", defaultValue = "5",
            description = "Timed passes after the scored and warm-up passes; the median speed is reported "
                    + "(default: ${DEFAULT-VALUE}).")
    int passes;

    /** The number of passes, or a usage error (exit 2) when it is negative. */
    int count(CommandSpec spec) {
        if (passes < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--passes must be 0 or more");
        }
        return passes;
    }
}

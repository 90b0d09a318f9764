package news.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsflow ingest PATH...}: hands files or folders to the stack running on a state directory by copying
 * them into its inbox. The given files are never moved or changed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Copy article files (or the files of folders) into the inbox of the running stack.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = ".newsflow",
            description = "State directory of the running stack (default: ${DEFAULT-VALUE}).")
    Path state;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StateDir stateDir = new StateDir(state);
        if (!stateDir.isRunning()) {
            throw new StartupException("no newsflow is running on the state directory " + stateDir.root()
                    + "; start one with ./newsflow up (or pass its --state)");
        }
        Path inbox = Path.of(stateDir.inbox().orElseThrow(() -> new StartupException(
                "the stack on " + stateDir.root() + " has not opened its inbox yet; try again in a moment")));
        List<Path> delivered = new InboxDrop(inbox).deliver(paths);
        spec.commandLine().getOut().printf("queued %d file(s) into %s%n", delivered.size(), inbox);
        return 0;
    }
}

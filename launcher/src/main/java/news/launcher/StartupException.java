package news.launcher;

/** A start that cannot go on for a reason the user can act on; the command prints it and exits 1. */
final class StartupException extends RuntimeException {
    StartupException(String message) {
        super(message);
    }
}

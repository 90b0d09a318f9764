package news.measure.extract;

/** The evaluation's inputs are missing or not in the expected format: a usage error, not a run-time failure. */
public final class EvalInputException extends Exception {
    public EvalInputException(String message) {
        super(message);
    }
}

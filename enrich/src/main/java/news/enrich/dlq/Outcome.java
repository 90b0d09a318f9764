package news.enrich.dlq;

import news.events.DeadLetter;

/** The result of one guarded step: the value to pass on, or the dead letter that says why there is none. */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
    }

    record Failed<T>(DeadLetter deadLetter) implements Outcome<T> {
    }

    default boolean isOk() {
        return this instanceof Ok;
    }
}

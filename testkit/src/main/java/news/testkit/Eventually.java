package news.testkit;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition until it holds or a deadline passes: tests wait for outcomes, never for fixed sleeps. */
public final class Eventually {
    private static final Duration POLL = Duration.ofMillis(50);

    private Eventually() {
    }

    public static void await(Duration deadline, String what, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + deadline.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > until) {
                throw new AssertionError(what + ": not true within " + deadline);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}

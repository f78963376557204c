package com.cataloggraph.ingest.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work on its own thread with a time bound, turning a hang or a throw into a readable failure
 * instead of a stuck or aborted test. A thread that does not stop is abandoned (it is a daemon) and
 * the next run gets a fresh one.
 */
public final class BoundedRun {

    private final Duration timeout;
    private ExecutorService thread = newThread();

    public BoundedRun(Duration timeout) {
        this.timeout = timeout;
    }

    /** The work's value, or a failure saying how it hung or what it threw (with the top of the stack). */
    public record Result<T>(T value, String failure) {
    }

    public <T> Result<T> run(Callable<T> work) {
        Future<T> future = thread.submit(work);
        try {
            return new Result<>(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            thread.shutdownNow();
            thread = newThread();
            return new Result<>(null, "no result after " + timeout + " (hung)");
        } catch (ExecutionException e) {
            return new Result<>(null, "threw " + head(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result<>(null, "interrupted");
        }
    }

    private static String head(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\n");
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 12)));
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bounded-run");
            thread.setDaemon(true);
            return thread;
        });
    }
}

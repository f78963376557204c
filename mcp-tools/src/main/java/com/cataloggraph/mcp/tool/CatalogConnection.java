package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.CatalogGraph;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The catalog database as the server sees it: open, or still opening in the background (stdio
 * answers {@code initialize} and {@code tools/list} at once and opens the database meanwhile), or
 * failed to open. A request that needs the database waits for it, hearing how the opening goes,
 * and fails with the cause when it cannot be had.
 */
public final class CatalogConnection {

    /** How often a waiting request hears that the opening goes on. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);

    private final CompletableFuture<CatalogReads> reads = new CompletableFuture<>();
    private final String opening;
    private final long since = System.nanoTime();

    private CatalogConnection(String opening) {
        this.opening = opening;
    }

    /** A database that is open already (serve, tests). */
    public static CatalogConnection open(CatalogGraph graph) {
        CatalogConnection connection = new CatalogConnection("open");
        connection.opened(graph);
        return connection;
    }

    /** @param opening what is being opened, for people: {@code the embedded database in /data} */
    public static CatalogConnection opening(String opening) {
        return new CatalogConnection(opening);
    }

    public void opened(CatalogGraph graph) {
        reads.complete(CatalogReads.over(graph));
    }

    /** @param cause why the database cannot be opened, one sentence people can act on */
    public void failed(String cause) {
        reads.completeExceptionally(new CatalogUnavailableException("The catalog database could not be opened: "
                + cause));
    }

    public boolean isOpen() {
        return reads.isDone() && !reads.isCompletedExceptionally();
    }

    /** The reads, waiting without reporting. */
    public CatalogReads await(Duration max) {
        return await(max, message -> { });
    }

    /**
     * The reads, once the database is open.
     *
     * @param max      how long to wait at most
     * @param progress told every {@link #PROGRESS_INTERVAL} while waiting, e.g. {@code Opening ... (4 s)}
     * @throws CatalogUnavailableException when the database failed to open, or is still opening after {@code max}
     */
    public CatalogReads await(Duration max, Consumer<String> progress) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            try {
                return reads.get(Math.max(0, Math.min(left, PROGRESS_INTERVAL.toNanos())), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() >= deadline) {
                    throw new CatalogUnavailableException("The catalog database is still opening (" + opening
                            + ", " + elapsed() + " s so far); try again in a moment.");
                }
                progress.accept("Opening " + opening + " (" + elapsed() + " s)");
            } catch (ExecutionException e) {
                throw (CatalogUnavailableException) e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CatalogUnavailableException("Interrupted while waiting for the catalog database");
            }
        }
    }

    private long elapsed() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
    }
}

package com.cataloggraph.app.ingest;

import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.ingest.report.IngestReport;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress on stderr. On a terminal one line is redrawn in place (files, entities, errors, rate)
 * at most five times a second; otherwise (a pipe, a CI log) only the start of each phase is
 * printed, so logs stay short.
 */
final class TerminalProgress implements IngestProgress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger entities = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private volatile long lastDrawn;
    private volatile boolean drawn;

    TerminalProgress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    /**
     * True when stderr is a terminal a person watches. Since JDK 22 {@code System.console()} exists even when
     * output is redirected; {@code Console.isTerminal()} (22+) tells the two apart.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void filesFound(int files) {
        found.addAndGet(files);
    }

    @Override
    public void fileDone(String file, int fileEntities, int fileErrors) {
        done.incrementAndGet();
        entities.addAndGet(fileEntities);
        errors.addAndGet(fileErrors);
        long now = System.nanoTime();
        if (interactive && now - lastDrawn > REDRAW_NANOS) {
            lastDrawn = now;
            draw();
        }
    }

    @Override
    public synchronized void phase(String phase) {
        if (interactive) {
            if (drawn) {
                draw();
            }
            return;
        }
        err.println(switch (phase) {
            case "processing" -> "ingest: processing " + found.get() + " files";
            case "writing" -> "ingest: writing (" + done.get() + " files processed, " + entities.get() + " entities, "
                    + errors.get() + " with errors)";
            default -> "ingest: " + phase;
        });
        err.flush();
    }

    /** Said on its own line, on a terminal too: a person must know why nothing happens. */
    @Override
    public synchronized void waiting(String reason) {
        if (interactive && drawn) {
            err.println();
        }
        err.println("ingest: waiting: " + reason + "; this run starts when that one finishes");
        err.flush();
    }

    @Override
    public synchronized void finished(IngestReport report) {
        if (interactive && drawn) {
            draw();
            err.println();
            err.flush();
        }
    }

    private synchronized void draw() {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        err.print(String.format(Locale.ROOT, "\r  files %,d/%,d  entities %,d  errors %,d  %,.0f files/s   ",
                done.get(), found.get(), entities.get(), errors.get(), done.get() / seconds));
        err.flush();
        drawn = true;
    }
}

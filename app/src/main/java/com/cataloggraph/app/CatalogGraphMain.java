package com.cataloggraph.app;

import com.cataloggraph.app.cli.CatalogGraphCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The executable jar's entry point. */
public final class CatalogGraphMain {

    private CatalogGraphMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = CatalogGraphCommand.commandLine(out, err).execute(args);
        // Exit explicitly: a failed embedded start can leave non-daemon threads that would keep the JVM alive.
        System.exit(exitCode);
    }
}

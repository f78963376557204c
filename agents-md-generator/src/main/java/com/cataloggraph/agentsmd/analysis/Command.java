package com.cataloggraph.agentsmd.analysis;

import java.util.Objects;

/**
 * One exact command line an agent can run.
 *
 * @param purpose what it is for
 * @param line    the command exactly as typed, run from the repository root
 * @param note    a short qualifier such as {@code one class} or {@code module api}, or null
 * @param source  the file it was found in, e.g. {@code package.json} or {@code .github/workflows/ci.yml}
 */
public record Command(Purpose purpose, String line, String note, String source) {

    public Command {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(source, "source");
    }

    public static Command of(Purpose purpose, String line, String source) {
        return new Command(purpose, line, null, source);
    }

    public Command withNote(String value) {
        return new Command(purpose, line, value, source);
    }

    /** The same command run from {@code directory} instead of the root. */
    public Command inDirectory(String directory) {
        return directory.isEmpty() ? this : new Command(purpose, "cd " + directory + " && " + line, note, source);
    }
}

package com.cataloggraph.app.ingest;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.report.IngestReport;
import java.io.PrintWriter;
import java.util.List;

/** How a finished run is told to the person who started it: problems, the summary, the exit code. */
final class IngestOutcome {

    /** Problems printed in full; the rest are counted and left to {@code --report}. */
    static final int PRINTED_PROBLEMS = 50;

    private IngestOutcome() {
    }

    /** Errors, warnings and dangling refs on stderr, most useful first, then the one-line summary on stdout. */
    static void print(IngestReport report, PrintWriter out, PrintWriter err, boolean reportWritten) {
        printProblems("error", report.errors(), err, reportWritten);
        printProblems("warning", report.warnings(), err, reportWritten);
        report.dangling().stream().limit(PRINTED_PROBLEMS).forEach(dangling -> err.println("note: " + dangling.ref()
                + " is referenced by " + String.join(", ", dangling.referencedBy())
                + (dangling.references() > dangling.referencedBy().size()
                ? " and " + (dangling.references() - dangling.referencedBy().size()) + " more" : "")
                + " but no descriptor defines it"));
        if (report.dangling().size() > PRINTED_PROBLEMS) {
            err.println("... and " + (report.dangling().size() - PRINTED_PROBLEMS) + " more dangling refs"
                    + (reportWritten ? " in the report" : "; use --report FILE.json to see them all"));
        }
        err.flush();
        out.println(report.summary());
        out.flush();
    }

    /**
     * {@link ExitCodes#FAILED} when a source could not be read or the removal guard refused;
     * {@link ExitCodes#INPUT_ERRORS} with {@code --strict} when any input was wrong; else OK.
     */
    static int exitCode(IngestReport report, boolean strict) {
        if (!report.succeeded()) {
            return ExitCodes.FAILED;
        }
        return strict && !report.errors().isEmpty() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    private static void printProblems(String label, List<IngestProblem> problems, PrintWriter err,
                                      boolean reportWritten) {
        problems.stream().limit(PRINTED_PROBLEMS).forEach(problem -> err.println(label + ": " + problem.describe()));
        if (problems.size() > PRINTED_PROBLEMS) {
            err.println("... and " + (problems.size() - PRINTED_PROBLEMS) + " more " + label + "s"
                    + (reportWritten ? " in the report" : "; use --report FILE.json to see them all"));
        }
    }
}

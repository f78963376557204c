package com.cataloggraph.app.cli;

import com.cataloggraph.app.neo4j.DataFolderInUseException;
import com.cataloggraph.model.query.RejectedQueryException;
import java.io.PrintWriter;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place exceptions become exit codes and one-line messages; a stack trace is shown
 * only with {@code CATALOG_GRAPH_DEBUG=1}.
 */
public final class FailureExitCodes implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Throwable cause = rootCauseOfInterest(exception);
        PrintWriter err = commandLine.getErr();
        err.println("error: " + cause.getMessage());
        if ("1".equals(System.getenv("CATALOG_GRAPH_DEBUG"))) {
            exception.printStackTrace(err);
        }
        err.flush();
        return exitCode(cause);
    }

    static int exitCode(Throwable cause) {
        return switch (cause) {
            case DataFolderInUseException e -> ExitCodes.DATA_IN_USE;
            case ServiceUnavailableException e -> ExitCodes.DATABASE_UNAVAILABLE;
            case RejectedQueryException e -> ExitCodes.QUERY_REFUSED;
            default -> ExitCodes.FAILED;
        };
    }

    /** Spring wraps start-up failures in bean-creation exceptions; the user needs the innermost one we know. */
    public static Throwable rootCauseOfInterest(Throwable exception) {
        Throwable current = exception;
        Throwable deepest = exception;
        while (current != null) {
            if (current instanceof DataFolderInUseException || current instanceof ServiceUnavailableException
                    || current instanceof RejectedQueryException) {
                return current;
            }
            deepest = current;
            current = current.getCause() == current ? null : current.getCause();
        }
        return deepest.getMessage() == null ? exception : deepest;
    }
}

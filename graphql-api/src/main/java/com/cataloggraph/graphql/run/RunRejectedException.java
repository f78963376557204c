package com.cataloggraph.graphql.run;

/**
 * Thrown by a trigger that refuses a request (an unknown source, a run already in progress); its
 * message is shown to the caller as a {@code RunProblem REJECTED}.
 */
public class RunRejectedException extends RuntimeException {

    public RunRejectedException(String message) {
        super(message);
    }
}

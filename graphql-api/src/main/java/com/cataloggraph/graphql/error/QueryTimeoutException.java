package com.cataloggraph.graphql.error;

import java.time.Duration;

/** The request ran past {@code catalog.graphql.timeout}. */
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(Duration timeout) {
        super("The query ran longer than its " + timeout.toMillis() + " ms limit (catalog.graphql.timeout) and "
                + "was stopped; ask for less: fewer fields, smaller pages, a lower depth");
    }
}

package com.cataloggraph.graphql.error;

import graphql.ErrorClassification;

/**
 * Error classifications beside Spring's {@code BAD_REQUEST} and {@code NOT_FOUND}; they appear as
 * {@code extensions.classification}.
 */
public enum CatalogErrorType implements ErrorClassification {
    /** The request asked for more than a {@code catalog.graphql.*} limit allows. */
    LIMIT_EXCEEDED,
    /** The request ran out of time ({@code catalog.graphql.timeout}). */
    TIMEOUT
}

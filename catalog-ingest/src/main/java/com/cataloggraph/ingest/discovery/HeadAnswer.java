package com.cataloggraph.ingest.discovery;

/** A host's answer for the head commit of a repository's branch. */
sealed interface HeadAnswer {

    /** @param etag the answer's {@code ETag}, or null */
    record Commit(String sha, String etag) implements HeadAnswer {
    }

    /** A conditional request's 304: the same commit as the one the {@code ETag} was for. */
    record NotModified() implements HeadAnswer {
    }

    /** The host could not say (no such ref, an empty repository, a failure): read the files. */
    record Unknown(String why) implements HeadAnswer {
    }
}

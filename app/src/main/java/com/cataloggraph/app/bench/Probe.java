package com.cataloggraph.app.bench;

/**
 * One thing {@code bench queries} measures: a tool or a GraphQL query, over one transport. Each
 * worker thread gets its own {@link Caller} (its own client, where the transport has one), made before
 * the warm-up so connecting is never measured.
 */
interface Probe {

    String IN_PROCESS = "in-process";
    String HTTP = "http";

    /** The tool's or query's name. */
    String name();

    /** {@link #IN_PROCESS} or {@link #HTTP}. */
    String transport();

    /** A caller for worker {@code worker} (0-based), which calls with its own sequence of arguments. */
    Caller caller(int worker) throws Exception;

    /** Makes calls, on one thread. */
    interface Caller extends AutoCloseable {

        /**
         * Makes the next call and checks its answer.
         *
         * @return null when the answer is a success, else what went wrong
         */
        String call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }
}

package com.cataloggraph.model.query;

/**
 * The characters a user's query may still return, spent while its records are converted: a
 * conversion stops at the first value past the budget instead of copying the rest.
 */
final class ResultBudget {

    /** Thrown by {@link #spend} once the budget is gone; no stack trace, it is control flow. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("result budget exhausted", null, false, false);
        }
    }

    private final long limit;
    private long spent;

    ResultBudget(long limit) {
        this.limit = limit;
    }

    /** @throws Exhausted when the characters spent so far pass the limit */
    void spend(long characters) {
        spent += characters;
        if (spent > limit) {
            throw new Exhausted();
        }
    }

    long limit() {
        return limit;
    }
}

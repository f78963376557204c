package com.cataloggraph.app.bench;

import java.util.List;

/** One worker's walk through a probe's argument sets: each worker starts elsewhere, so they do not move in step. */
final class ArgumentCycle<T> {

    private final List<T> sets;
    private int next;

    ArgumentCycle(List<T> sets, int worker) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("a probe needs at least one argument set");
        }
        this.sets = sets;
        this.next = (int) ((worker * 7919L) % sets.size());
    }

    T next() {
        T set = sets.get(next);
        next = (next + 1) % sets.size();
        return set;
    }
}

package com.cataloggraph.app.bench;

/** A probe measured under another name: one tool asked one kind of question out of its mix. */
record NamedProbe(String name, Probe probe) implements Probe {

    @Override
    public String transport() {
        return probe.transport();
    }

    @Override
    public Caller caller(int worker) throws Exception {
        return probe.caller(worker);
    }
}

package com.cataloggraph.model.query;

/** Which way a dependency walk goes. */
public enum Direction {
    /** What the start depends on. */
    DEPENDENCIES,
    /** What depends on the start: the blast radius of changing it. */
    DEPENDENTS
}

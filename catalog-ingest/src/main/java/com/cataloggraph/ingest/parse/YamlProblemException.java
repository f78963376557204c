package com.cataloggraph.ingest.parse;

import com.cataloggraph.ingest.emit.Rule;

/** A problem that stops reading a YAML text, with the line it was found on (from 1, or null). */
public final class YamlProblemException extends Exception {

    private final Rule rule;
    private final Integer line;

    public YamlProblemException(Rule rule, Integer line, String message) {
        super(message);
        this.rule = rule;
        this.line = line;
    }

    public Rule rule() {
        return rule;
    }

    public Integer line() {
        return line;
    }
}

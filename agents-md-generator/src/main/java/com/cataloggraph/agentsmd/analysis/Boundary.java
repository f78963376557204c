package com.cataloggraph.agentsmd.analysis;

/**
 * Something an agent must not edit by hand.
 *
 * @param target a folder ({@code gen/}), a file pattern ({@code *.pb.go}) or files ({@code go.sum})
 * @param reason why, e.g. {@code generated}
 * @param instead how it changes instead, e.g. {@code regenerate with `make generate`}, or null
 */
public record Boundary(String target, String reason, String instead) {
}

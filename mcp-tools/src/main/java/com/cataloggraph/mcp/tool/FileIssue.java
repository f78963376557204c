package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.ProblemFile;
import java.util.List;
import java.util.Map;

/**
 * A descriptor file of the repository the answer is about that the last ingest could not use, or
 * used only in part: each problem as {@code file:line: field: message [rule]}, and the refs the
 * catalog kept from the file.
 *
 * @param status   {@code FAILED} or {@code PARTIAL}
 * @param problems what broke, one line each
 * @param kept     refs the catalog still holds from this file
 */
public record FileIssue(String file, String status, List<String> problems, List<String> kept) {

    /** The most problems one file lists. */
    static final int MAX_PROBLEMS = 10;

    public static final Map<String, Object> SCHEMA = Schemas.nested(Schemas.field("file", Schemas.string()),
            Schemas.field("status", Schemas.string()),
            Schemas.field("problems", Schemas.list(Schemas.string())),
            Schemas.field("kept", Schemas.list(Schemas.string())));

    public static FileIssue of(ProblemFile file) {
        return new FileIssue(file.file(), file.status(), file.problems().stream().limit(MAX_PROBLEMS)
                .map(p -> file.file() + (p.line() == null ? ": " : ":") + p.describe()).toList(), file.claims());
    }

    public static List<FileIssue> of(List<ProblemFile> files) {
        return files.stream().map(FileIssue::of).toList();
    }

    /** A few lines: the file, what happened to its entities, its problems. */
    public static String render(List<FileIssue> issues) {
        StringBuilder text = new StringBuilder();
        for (FileIssue issue : issues) {
            text.append("\ningest ").append(issue.status()).append(": ").append(issue.file()).append(" (")
                    .append(issue.kept().isEmpty() ? "no entity kept from it"
                            : "kept: " + String.join(", ", issue.kept()))
                    .append(')');
            issue.problems().forEach(problem -> text.append("\n  ").append(problem));
        }
        return text.toString();
    }
}

package com.cataloggraph.agentsmd.run;

import java.util.List;
import java.util.Map;

/**
 * A run's report as Markdown for people: the run, the counts, what it cost the host, and one table row per
 * repository that needs attention (opened, updated, skipped, failed, or with files that could not be read);
 * drafted and unchanged repositories are counted, not listed, so the report stays readable over thousands.
 */
public final class RunReportMarkdown {

    private RunReportMarkdown() {
    }

    public static String render(RunReport report) {
        RunRecord run = report.run();
        StringBuilder md = new StringBuilder();
        md.append("# AGENTS.md run ").append(run.id()).append("\n\n");
        md.append("- Status: ").append(run.status()).append(run.error() == null ? "" : " (" + run.error() + ")")
                .append('\n');
        md.append("- Repositories: ").append(escape(run.root()))
                .append(run.selection().isEmpty() ? "" : ", selected by " + escape(String.join("; ", run.selection())))
                .append('\n');
        md.append("- Publisher: ").append(run.dryRun() ? "none (dry run)" : run.publisher()).append('\n');
        md.append("- Started ").append(run.startedAt()).append(run.finishedAt() == null ? ""
                : ", finished " + run.finishedAt()).append("; ").append(report.seconds()).append(" s, ")
                .append(report.draftsPerSecond()).append(" repositories/s\n");
        if (report.host() != null) {
            md.append("- Host: ").append(report.host().requests()).append(" requests, ")
                    .append(report.host().rateLimitWaits()).append(" rate-limit waits\n");
        }
        md.append("\n| state | repositories |\n|---|---:|\n");
        for (Map.Entry<String, Long> count : report.counts().entrySet()) {
            md.append("| ").append(count.getKey()).append(" | ").append(count.getValue()).append(" |\n");
        }
        List<RepositoryOutcome> notable = report.repositories().stream()
                .filter(o -> o.state() != RepositoryState.DRAFTED && o.state() != RepositoryState.UNCHANGED
                        || !o.problems().isEmpty()).toList();
        if (!notable.isEmpty()) {
            md.append("\n| repository | state | what happened | problems |\n|---|---|---|---|\n");
            for (RepositoryOutcome outcome : notable) {
                md.append("| ").append(escape(outcome.repository())).append(" | ").append(outcome.state().label())
                        .append(" | ").append(outcome.url() == null ? escape(outcome.reason())
                                : "[" + escape(outcome.reason()) + "](" + outcome.url() + ")")
                        .append(" | ").append(escape(String.join("; ", outcome.problems()))).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Table cells: no pipe or line break of a message may break the row. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}

package com.cataloggraph.agentsmd.drift;

import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.checkout.Checkout;
import com.cataloggraph.agentsmd.draft.DraftRenderer;
import com.cataloggraph.agentsmd.draft.DraftStatus;
import com.cataloggraph.agentsmd.draft.RepositoryDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.agentsmd.publish.Git;
import com.cataloggraph.agentsmd.source.GitCommitTree;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drafts AGENTS.md at both ends of a change, from the commits themselves (the working tree is not read), with the
 * catalog as it is now: when the drafts differ, the change moves facts the file states, and the file at the head
 * either has the new draft (updated in the change) or not (stale, with the lines to update). Language shares are
 * compared by the languages listed only: every edit of code moves them a little.
 */
public final class DriftCheck {

    private static final Map<String, String> REASON_OF_SECTION = Map.of(
            DraftRenderer.COMMANDS, "a build command or CI job changed",
            DraftRenderer.STACK, "the build setup or a dependency manifest changed",
            DraftRenderer.LAYOUT, "a boundary path changed",
            DraftRenderer.CONVENTIONS, "a convention, guidance file or owner file changed",
            DraftRenderer.CATALOG, "an owner or dependency changed");

    private static final String LANGUAGES = "- Languages: ";
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile(" \\d+(\\.\\d+)?%");

    private final RepositoryDrafter drafter;
    private final String remote;
    private final Duration timeout;

    public DriftCheck(RepositoryDrafter drafter, String remote, Duration timeout) {
        this.drafter = drafter;
        this.remote = remote;
        this.timeout = timeout;
    }

    /**
     * @param range {@code BASE..HEAD} (or {@code BASE...HEAD}: from the merge base)
     * @throws IllegalArgumentException when the range is malformed or names no commit
     */
    public DriftReport check(Path checkout, String range) {
        String[] ends = ends(range);
        String base = ends[0];
        if (range.contains("...")) {
            base = new Git(checkout, Map.of(), timeout).tryRun("merge-base", ends[0], ends[1])
                    .filter(sha -> !sha.isEmpty()).orElseThrow(() -> new IllegalArgumentException(
                            ends[0] + " and " + ends[1] + " have no merge base in " + checkout));
        }
        RepositoryTree before = GitCommitTree.at(checkout, base, timeout);
        RepositoryTree after = GitCommitTree.at(checkout, ends[1], timeout);
        Checkout identity = Checkout.at(checkout, remote);
        CatalogContext context = drafter.context(identity);
        RepositoryDraft was = drafter.draft(identity, before, context);
        RepositoryDraft is = drafter.draft(identity, after, context);
        String fileName = drafter.fileName();
        List<SectionChange> changes = changes(was, is);
        List<String> reasons = changes.stream().map(c -> REASON_OF_SECTION.getOrDefault(c.section(),
                "the " + c.section() + " section changed")).distinct().toList();
        List<String> changedFiles = changedFiles(checkout, base, ends[1], was, is);
        DriftStatus status;
        if (changes.isEmpty()) {
            status = DriftStatus.NOT_AFFECTED;
        } else if (is.existing() == null) {
            status = DriftStatus.NO_FILE;
        } else if (is.check().status() == DraftStatus.UP_TO_DATE) {
            status = DriftStatus.UPDATED_IN_CHANGE;
        } else {
            status = DriftStatus.STALE;
        }
        return new DriftReport(ends[0], ends[1], status, reasons, changedFiles, changes, fileName);
    }

    private static String[] ends(String range) {
        String separator = range.contains("...") ? "..." : "..";
        int at = range.indexOf(separator);
        if (at <= 0 || at + separator.length() >= range.length()) {
            throw new IllegalArgumentException("--diff takes BASE..HEAD (two revisions), was '" + range + "'");
        }
        return new String[] {range.substring(0, at), range.substring(at + separator.length())};
    }

    /** Per section, the generated lines that went and came, in draft order. */
    private static List<SectionChange> changes(RepositoryDraft was, RepositoryDraft is) {
        Set<String> titles = new LinkedHashSet<>();
        was.draft().sections().forEach(section -> titles.add(section.title()));
        is.draft().sections().forEach(section -> titles.add(section.title()));
        List<SectionChange> changes = new ArrayList<>();
        for (String title : titles) {
            List<String> old = was.draft().section(title).lines();
            List<String> fresh = is.draft().section(title).lines();
            List<String> freshKeys = fresh.stream().map(DriftCheck::key).toList();
            List<String> oldKeys = old.stream().map(DriftCheck::key).toList();
            List<String> removed = old.stream().filter(line -> !freshKeys.contains(key(line))).toList();
            List<String> added = fresh.stream().filter(line -> !oldKeys.contains(key(line))).toList();
            if (!removed.isEmpty() || !added.isEmpty()) {
                changes.add(new SectionChange(title, removed, added));
            }
        }
        return changes;
    }

    /**
     * What a line says for drift: language shares move with every edit of code, so only which languages are listed
     * counts, not their percentages.
     */
    static String key(String line) {
        return line.startsWith(LANGUAGES) ? SHARE.matcher(line).replaceAll("") : line;
    }

    /** Files the change touched that either draft was built from. */
    private List<String> changedFiles(Path checkout, String base, String head, RepositoryDraft was,
                                      RepositoryDraft is) {
        Set<String> read = new TreeSet<>(was.analysis().filesRead());
        read.addAll(is.analysis().filesRead());
        String diff = new Git(checkout, Map.of(), timeout).run("diff", "--name-only", "--no-renames", base, head);
        return diff.lines().filter(read::contains).sorted().toList();
    }
}

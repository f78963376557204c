package com.cataloggraph.agentsmd.draft;

import com.cataloggraph.agentsmd.analysis.Boundary;
import com.cataloggraph.agentsmd.analysis.BuildSystem;
import com.cataloggraph.agentsmd.analysis.Command;
import com.cataloggraph.agentsmd.analysis.Convention;
import com.cataloggraph.agentsmd.analysis.Folder;
import com.cataloggraph.agentsmd.analysis.FolderRole;
import com.cataloggraph.agentsmd.analysis.GuidanceFile;
import com.cataloggraph.agentsmd.analysis.LanguageShare;
import com.cataloggraph.agentsmd.analysis.Purpose;
import com.cataloggraph.agentsmd.analysis.RepositoryAnalysis;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the facts into the generated block: commands first, then the stack, layout and
 * boundaries, conventions and guidance, and what the catalog knows. Every list is capped so the
 * block stays well under {@link #MAX_LINES}; the same facts always give the same bytes.
 */
public final class DraftRenderer {

    public static final String COMMANDS = "Commands";
    public static final String STACK = "Stack";
    public static final String LAYOUT = "Layout and boundaries";
    public static final String CONVENTIONS = "Conventions and guidance";
    public static final String CATALOG = "Ownership and dependencies";

    /** The whole block, markers included, never exceeds this. */
    public static final int MAX_LINES = 100;
    static final int MAX_BUILD_SYSTEMS = 5;
    static final int MAX_BOUNDARIES = 8;
    static final int MAX_CONVENTIONS = 8;
    static final int MAX_GUIDANCE = 6;

    private final CatalogSectionRenderer catalog = new CatalogSectionRenderer();

    public Draft render(RepositoryAnalysis analysis, CatalogContext context) {
        return render(analysis, context, "");
    }

    /**
     * A subproject's file: its own commands, run from its folder, and what the analysis of its folder found.
     *
     * @param folder the subproject's folder in the repository
     */
    public Draft renderSubproject(RepositoryAnalysis analysis, String folder) {
        return render(analysis, CatalogContext.EMPTY, folder);
    }

    private Draft render(RepositoryAnalysis analysis, CatalogContext context, String folder) {
        List<DraftSection> sections = new ArrayList<>();
        sections.add(new DraftSection(COMMANDS, commands(analysis, folder)));
        List<String> stack = stack(analysis);
        if (!stack.isEmpty()) {
            sections.add(new DraftSection(STACK, stack));
        }
        List<String> layout = layout(analysis);
        if (!layout.isEmpty()) {
            sections.add(new DraftSection(LAYOUT, layout));
        }
        List<String> conventions = conventions(analysis);
        if (!conventions.isEmpty()) {
            sections.add(new DraftSection(CONVENTIONS, conventions));
        }
        if (!context.isEmpty()) {
            sections.add(new DraftSection(CATALOG, catalog.render(context)));
        }
        return fit(new Draft(sections));
    }

    private static List<String> commands(RepositoryAnalysis analysis, String folder) {
        String from = folder.isEmpty() ? "Run from the repository root." : "Run from `" + folder + "/`.";
        List<String> lines = new ArrayList<>();
        if (analysis.commands().isEmpty()) {
            lines.add("No build, test or lint commands were found in this repository's build files or CI.");
            return lines;
        }
        boolean fromCi = analysis.commands().byPurpose().values().stream().flatMap(List::stream)
                .anyMatch(command -> "CI".equals(command.note()));
        lines.add(fromCi ? from + " Commands marked (CI) are what CI runs ("
                + String.join(", ", analysis.ci().files().stream().map(f -> "`" + f + "`").toList()) + ")."
                : from);
        lines.add("");
        for (Purpose purpose : Purpose.values()) {
            List<Command> commands = analysis.commands().commands(purpose);
            if (!commands.isEmpty()) {
                lines.add("- " + purpose.title() + ": " + String.join("; ", commands.stream().map(DraftRenderer::command)
                        .toList()));
            }
        }
        return lines;
    }

    private static String command(Command command) {
        if ("CI".equals(command.note())) {
            return "`" + command.line() + "` (CI)";
        }
        return (command.note() == null ? "" : command.note() + ": ") + "`" + command.line() + "`";
    }

    private static List<String> stack(RepositoryAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        if (!analysis.languages().isEmpty()) {
            lines.add("- Languages: " + String.join(", ", analysis.languages().stream()
                    .map(DraftRenderer::share).toList()));
        }
        analysis.buildSystems().stream().limit(MAX_BUILD_SYSTEMS).forEach(system -> lines.add("- " + buildSystem(system)));
        if (!analysis.ci().files().isEmpty()) {
            List<String> parts = new ArrayList<>(analysis.ci().facts());
            lines.add("- CI: " + String.join(", ", analysis.ci().files().stream().map(f -> "`" + f + "`").toList())
                    + (parts.isEmpty() ? "" : "; " + String.join("; ", parts)));
        }
        return lines;
    }

    private static String share(LanguageShare share) {
        return share.language() + " " + share.percent();
    }

    private static String buildSystem(BuildSystem system) {
        String where = system.directory().isEmpty() ? "" : " in `" + system.directory() + "/`";
        return system.name() + where + " (`" + system.file() + "`)"
                + (system.facts().isEmpty() ? "" : ": " + String.join("; ", system.facts()));
    }

    private static List<String> layout(RepositoryAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        Map<FolderRole, List<String>> byRole = new LinkedHashMap<>();
        for (FolderRole role : FolderRole.values()) {
            if (role == FolderRole.GENERATED || role == FolderRole.VENDORED) {
                continue;
            }
            for (Folder folder : analysis.layout()) {
                if (folder.role() == role) {
                    byRole.computeIfAbsent(role, key -> new ArrayList<>()).add("`" + folder.path() + "/`"
                            + (folder.note() == null ? "" : " (" + folder.note() + ")"));
                }
            }
        }
        byRole.forEach((role, folders) -> lines.add("- " + capitalised(role.title()) + ": " + String.join(", ", folders)));
        if (!analysis.subprojects().isEmpty()) {
            lines.add("- Subprojects, each with its own AGENTS.md (the nearest file applies): " + String.join(", ",
                    analysis.subprojects().stream().map(folder -> "`" + folder + "/`").toList()) + ".");
        }
        analysis.boundaries().stream().limit(MAX_BOUNDARIES).forEach(boundary -> lines.add("- " + boundary(boundary)));
        return lines;
    }

    private static String boundary(Boundary boundary) {
        return "Do not edit " + boundary.target() + " by hand (" + boundary.reason() + ")"
                + (boundary.instead() == null ? "." : ": " + boundary.instead() + ".");
    }

    private static List<String> conventions(RepositoryAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        analysis.conventions().stream().limit(MAX_CONVENTIONS).map(DraftRenderer::convention).forEach(lines::add);
        analysis.guidance().stream().limit(MAX_GUIDANCE).map(DraftRenderer::guidance).forEach(lines::add);
        return lines;
    }

    private static String convention(Convention convention) {
        return "- " + capitalised(convention.text()) + " ("
                + String.join(", ", convention.sources().stream().map(source -> "`" + source + "`").toList()) + ").";
    }

    private static String guidance(GuidanceFile file) {
        return "- See `" + file.path() + "`: " + file.what() + ".";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Drops lines from the end of the last sections until the block fits; the caps make this rare. */
    private static Draft fit(Draft draft) {
        int budget = MAX_LINES - 2;
        if (draft.bodyLines().size() <= budget) {
            return draft;
        }
        List<DraftSection> sections = new ArrayList<>(draft.sections());
        while (new Draft(sections).bodyLines().size() > budget) {
            int last = sections.size() - 1;
            DraftSection section = sections.get(last);
            if (section.lines().size() <= 1) {
                sections.remove(last);
            } else {
                sections.set(last, new DraftSection(section.title(),
                        section.lines().subList(0, section.lines().size() - 1)));
            }
        }
        return new Draft(sections);
    }
}

package com.cataloggraph.app.agentsmd;

import com.cataloggraph.agentsmd.analysis.AnalysisProblem;
import com.cataloggraph.agentsmd.draft.MergeResult;
import com.cataloggraph.agentsmd.draft.NestedDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDraft;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.app.cli.DatabaseOptions;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Drafts AGENTS.md for checkouts without touching them. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft the AGENTS.md of each checkout (its existing file with the generated block merged in) "
                + "without touching it: printed, or written to --out DIR/<repo>/AGENTS.md; in a monorepo, each "
                + "subproject's own file too (DIR/<repo>/<folder>/AGENTS.md).")
final class AgentsMdDraftCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "REPO", description = "Repository checkouts.")
    List<Path> repositories;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<repo>/AGENTS.md instead of printing.")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Checkouts.requireFolders(spec, repositories);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = CatalogRuntime.start("agents-md", false, database.properties(0))) {
            RepositoryDrafter drafter = context.getBean(RepositoryDrafter.class);
            for (Path repository : repositories) {
                RepositoryDraft draft = drafter.draft(repository);
                String name = draft.checkout().name();
                for (AnalysisProblem problem : draft.analysis().problems()) {
                    stderr.println(name + ": could not read " + problem);
                }
                emit(name, drafter.fileName(), content(name, draft.merged(), draft.draft().block(), stderr),
                        repositories.size() > 1 || !draft.nested().isEmpty(), stdout);
                for (NestedDraft nested : draft.nested()) {
                    emit(name, nested.path(), content(name + "/" + nested.path(), nested.merged(),
                            nested.draft().block(), stderr), true, stdout);
                }
            }
        }
        stdout.flush();
        stderr.flush();
        return ExitCodes.OK;
    }

    /** The file after the merge, or the fresh block alone when the generated part was edited by hand. */
    private static String content(String name, MergeResult merged, String block, PrintWriter stderr) {
        return switch (merged) {
            case MergeResult.Changed changed -> changed.content();
            case MergeResult.Unchanged unchanged -> unchanged.content();
            case MergeResult.Refused refused -> {
                stderr.println(name + ": " + refused.reason() + "; here is the fresh block alone");
                yield block + "\n";
            }
        };
    }

    private void emit(String name, String path, String content, boolean headed, PrintWriter stdout)
            throws IOException {
        if (out != null) {
            Path file = out.resolve(name).resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            stdout.println(file);
        } else {
            if (headed) {
                stdout.println("==> " + name + "/" + path + " <==");
            }
            stdout.print(content);
        }
    }
}

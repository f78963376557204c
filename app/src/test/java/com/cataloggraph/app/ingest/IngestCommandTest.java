package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.CatalogGraphCommand;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.IngestReportJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command in-process, on the embedded database, as a user runs it. */
class IngestCommandTest {

    @TempDir
    Path temp;

    private Path repos;
    private Path data;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void writeACatalog() throws Exception {
        repos = temp.resolve("repos");
        data = temp.resolve("data");
        write("payments/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: payments, title: Payments}
                spec: {type: service, lifecycle: production, owner: team-a, dependsOn: [resource:payments-db]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata: {name: payments-db}
                spec: {type: database, owner: team-a}
                """);
        write("team-a/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: team-a}
                spec: {type: team, children: []}
                """);
    }

    @Test
    void ingestsAFolderWritesTheReportAndTheGraphAnswersQueriesAfterwards() throws Exception {
        Path reportFile = temp.resolve("out/report.json");

        int exit = run("ingest", repos.toString(), "--data", data.toString(), "--report", reportFile.toString());

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Ingested 2 files (2 parsed, 0 unchanged, 0 failed): 3 entities "
                + "(3 written), 3 relations; 0 errors, 0 warnings, 0 conflicts, 0 orphaned, 0 deleted, 0 dangling refs in ");
        IngestReport report = IngestReportJson.fromJson(Files.readString(reportFile));
        assertThat(report.counts().entities()).isEqualTo(3);
        assertThat(report.entitiesByKind()).containsEntry("Component", 1L).containsEntry("Resource", 1L)
                .containsEntry("Group", 1L);
        assertThat(err.toString()).contains("ingest: processing 2 files");
        assertThat(err.toString()).doesNotContain("note:");

        out.getBuffer().setLength(0);
        assertThat(run("query", "MATCH (c:Component)-[:DEPENDS_ON]->(r:Resource) RETURN c.ref AS c, r.ref AS r",
                "--data", data.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).isEqualTo(
                "{\"c\":\"component:default/payments\",\"r\":\"resource:default/payments-db\"}");
    }

    @Test
    void strictExitsWithInputErrorsAndEveryErrorNamesItsFileLineFieldAndRule() throws Exception {
        write("web/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: web shop}
                spec: {type: website, lifecycle: production, owner: team-a}
                """);
        write("search/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: search}
                spec: {type: service, lifecycle: production, owner: team-a, dependsOn: [resource:search-index]}
                """);

        int exit = run("ingest", repos.toString(), "--data", data.toString(), "--strict");

        assertThat(exit).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(err.toString()).contains("note: resource:default/search-index is referenced by "
                + "component:default/search but no descriptor defines it");
        assertThat(err.toString()).contains("error: web/catalog-info.yaml, document 1, line 3: metadata.name "
                + "\"web shop\" is not a valid name; expected 1-63 characters of a-z, A-Z, 0-9, '-', '_' and '.', "
                + "starting and ending with a letter or digit [name-format]");
        assertThat(out.toString()).contains("1 errors");
    }

    @Test
    void filePatternsChooseWhichFilesAreDescriptors() throws Exception {
        write("team-a/.backstage/group.yml", Files.readString(repos.resolve("team-a/catalog-info.yaml")));

        int exit = run("ingest", repos.toString(), "--data", data.toString(), "--file-pattern", ".backstage/*.yml");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Ingested 1 files (1 parsed, 0 unchanged, 0 failed): 1 entities");
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        int exit = run("ingest", temp.resolve("nowhere").toString(), "--data", data.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("error: " + temp.resolve("nowhere") + " does not exist; give a folder "
                + "of repositories, a repository or a descriptor file" + System.lineSeparator());
    }

    @Test
    void refusingToOrphanMostOfTheCatalogFailsUntilForced() throws Exception {
        assertThat(run("ingest", repos.toString(), "--data", data.toString())).isEqualTo(ExitCodes.OK);
        Files.delete(repos.resolve("payments/catalog-info.yaml"));

        int refused = run("ingest", repos.toString(), "--data", data.toString(), "--orphans", "delete");

        assertThat(refused).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("error: refused to delete 2 of 3 entities (67%), above the limit of 20% "
                + "(catalog.ingest.max-removal-share); if they really are gone, run again with --force [removal-guard]");
        assertThat(out.toString()).startsWith("Ingest FAILED after 1 files");

        int forced = run("ingest", repos.toString(), "--data", data.toString(), "--orphans", "delete", "--force");

        assertThat(forced).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("2 deleted");
    }

    private void write(String relative, String text) throws Exception {
        Path file = repos.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CatalogGraphCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }
}

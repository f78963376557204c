package com.cataloggraph.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path temp;

    @Test
    void findsTheSampleCatalogFromAnyFolderInsideTheProject() throws Exception {
        Path sample = Files.createDirectories(temp.resolve("project/fixtures/sample-catalog"));
        Path deep = Files.createDirectories(temp.resolve("project/app/src"));

        assertThat(DemoCommand.sampleCatalog(deep, Optional.empty(), new ArrayList<>())).contains(sample);
    }

    @Test
    void findsTheSampleCatalogBesideTheJarWhenRunFromElsewhere() throws Exception {
        Path sample = Files.createDirectories(temp.resolve("project/fixtures/sample-catalog"));
        Path jarFolder = Files.createDirectories(temp.resolve("project/app/target"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        assertThat(DemoCommand.sampleCatalog(elsewhere, Optional.of(jarFolder), new ArrayList<>())).contains(sample);
    }

    @Test
    void saysWhereItLookedWhenTheSampleCatalogIsAbsent() throws Exception {
        Path nowhere = Files.createDirectories(temp.resolve("nowhere"));
        List<Path> searched = new ArrayList<>();

        assertThat(DemoCommand.sampleCatalog(nowhere, Optional.empty(), searched)).isEmpty();
        assertThat(searched).startsWith(nowhere.resolve("fixtures/sample-catalog"), temp.resolve("fixtures/sample-catalog"));
    }

    @Test
    void aCatalogFolderThatIsNotThereIsAClearErrorNotAServer() {
        StringWriter err = new StringWriter();

        int exit = CatalogGraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("demo", "--catalog", temp.resolve("missing").toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).startsWith("error: the demo serves the sample catalog, but "
                + temp.resolve("missing") + " is not a folder");
    }

    @Test
    void serveRefusesARefreshWithoutSomethingToRefresh() {
        StringWriter err = new StringWriter();

        int exit = CatalogGraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("serve", "--refresh", "5m");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--refresh needs --ingest PATH: what should be refreshed?");
    }

    @Test
    void serveRejectsADurationItCannotRead() {
        StringWriter err = new StringWriter();

        int exit = CatalogGraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("serve", "--ingest", temp.toString(), "--refresh", "soon");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("'soon' is not a duration; write e.g. 30s, 5m or 1h");
    }
}

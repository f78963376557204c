package com.cataloggraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.codehosts.git.GitCheckout;
import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 item 9: a file above the size limit is refused by its size, never read to the end. */
@Tag("security")
class OversizedFilesTest {

    private static final long TWENTY_GIB = 20L * 1024 * 1024 * 1024;
    private static final Pattern READ_BYTES = Pattern.compile("(?m)^rchar: (\\d+)$");

    @TempDir
    Path temp;

    @Test
    void a20GibSparseDescriptorAndA20GibPlaceholderTargetAreRefusedUnreadAndTheReportSaysSo() throws IOException {
        IngestTesting ingest = new IngestTesting();
        GraphProbe graph = ingest.probe();
        CatalogFolder lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        sparse(lumen.path("huge-service/catalog-info.yaml"));
        sparse(lumen.path("shipment-service/api/huge.yaml"));
        lumen.replace("shipment-service/catalog-info.yaml", "$text: ./api/openapi.yaml", "$text: ./api/huge.yaml");
        long readBefore = bytesReadByThisProcess();

        IngestReport first = ingest.ingest(lumen.root());
        IngestReport second = ingest.ingest(lumen.root());

        assertThat(first.errors()).extracting(IngestProblem::rule, IngestProblem::file, IngestProblem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Rule.FILE_TOO_LARGE, "huge-service/catalog-info.yaml",
                                "the file is 21,474,836,480 bytes, above the limit of 3,145,728 "
                                        + "(catalog.ingest.max-file-size); it was not read"),
                        org.assertj.core.groups.Tuple.tuple(Rule.PLACEHOLDER, "shipment-service/catalog-info.yaml",
                                "spec.definition: $text \"./api/huge.yaml\" could not be read: it is 21,474,836,480 "
                                        + "bytes, above catalog.ingest.max-file-size (3,145,728)"));
        assertThat(second.errors()).isEqualTo(first.errors());
        assertThat(graph.refs("n.missing = false AND n.orphan = false")).contains("component:default/shipment-service");
        if (readBefore >= 0) {
            assertThat(bytesReadByThisProcess() - readBefore).as("bytes this JVM read during both runs")
                    .isLessThan(1L << 30);
        }
    }

    @Test
    void aCheckoutWhose20GibGitConfigIsSparseIsNoCheckoutAndTheConfigIsNotRead() throws IOException {
        Path repository = Files.createDirectories(temp.resolve("repository/.git"));
        Files.writeString(repository.resolve("HEAD"), "ref: refs/heads/main\n");
        sparse(repository.resolve("config"));
        long readBefore = bytesReadByThisProcess();

        assertThat(GitCheckout.of(temp.resolve("repository"))).isEmpty();
        if (readBefore >= 0) {
            assertThat(bytesReadByThisProcess() - readBefore).isLessThan(1L << 30);
        }
    }

    private static void sparse(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(TWENTY_GIB);
        }
    }

    /** What Linux counts this process as having read (any file or socket), or -1 elsewhere. */
    private static long bytesReadByThisProcess() throws IOException {
        Path io = Path.of("/proc/self/io");
        if (!Files.isReadable(io)) {
            return -1;
        }
        Matcher matcher = READ_BYTES.matcher(Files.readString(io));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}

package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.FileContent;
import com.cataloggraph.ingest.source.RepositoryInfo;
import com.cataloggraph.ingest.source.SourceTree;
import com.cataloggraph.ingest.state.IngestStateStore;
import com.cataloggraph.ingest.state.SourceFileState;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A descriptor whose stamp (size, times, inode) is the one it was last read with is not read again; any write to it,
 * even one that keeps its size and sets its modification time back, is still seen.
 */
class StampedFilesTest {

    private static final String FILE = "tracking-web/catalog-info.yaml";

    @TempDir
    Path temp;

    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder lumen;

    @BeforeEach
    void setUp() {
        ingest = new IngestTesting();
        graph = ingest.probe();
        lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        lumen.settled();
    }

    @Test
    void aFileStampedWhenReadIsNotReadAgainWhileItsStampHolds() throws Exception {
        ingest.ingest(lumen.root());
        SourceFileState stored = state();
        assertThat(stored.stamp()).isNotNull();
        FileProcessor processor = new FileProcessor(IngestProperties.defaults());
        CountingTree tree = new CountingTree(ingest.source(lumen.root()).discover().getFirst().tree());

        FileOutcome again = processor.process(DescriptorFile.found(tree, FILE), stored, null);

        assertThat(again).isInstanceOf(FileOutcome.Unchanged.class);
        assertThat(tree.reads).hasValue(0);

        sameSizeRewriteKeepingTheModificationTime("title: Track your parcel", "title: Track your pArcel");
        FileOutcome changed = processor.process(DescriptorFile.found(tree, FILE), stored, null);

        assertThat(changed).isInstanceOf(FileOutcome.Parsed.class);
        assertThat(tree.reads).hasValue(1);
    }

    @Test
    void aWriteThatKeepsTheSizeAndSetsTheModificationTimeBackIsIngested() throws Exception {
        ingest.ingest(lumen.root());

        sameSizeRewriteKeepingTheModificationTime("title: Track your parcel", "title: Track your pArcel");
        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.counts().parsed()).isEqualTo(1);
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "Track your pArcel");
    }

    @Test
    void aTouchedFileIsNotWrittenAndIsRememberedByItsNewStamp() throws Exception {
        ingest.ingest(lumen.root());
        String first = state().stamp();

        Files.setLastModifiedTime(lumen.path(FILE), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        lumen.settled();
        IngestReport touched = ingest.ingest(lumen.root());

        assertThat(touched.counts().parsed()).isZero();
        assertThat(touched.counts().entitiesWritten()).isZero();
        assertThat(state().stamp()).isNotNull().isNotEqualTo(first);
    }

    private void sameSizeRewriteKeepingTheModificationTime(String from, String to) throws Exception {
        Path file = lumen.path(FILE);
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        lumen.replace(FILE, from, to);
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.size(file)).isEqualTo(size);
        lumen.settled();
    }

    private SourceFileState state() {
        String location = "file:" + lumen.path(FILE);
        return new IngestStateStore(ingest.graph().database()).load(List.of("dir:" + lumen.root())).get(location);
    }

    /** A folder's files, counting how often one is read. */
    private static final class CountingTree implements SourceTree {
        private final SourceTree tree;
        final AtomicInteger reads = new AtomicInteger();

        CountingTree(SourceTree tree) {
            this.tree = tree;
        }

        @Override
        public FileContent read(String path, long maxBytes) throws IOException {
            reads.incrementAndGet();
            return tree.read(path, maxBytes);
        }

        @Override
        public String stamp(String path) {
            return tree.stamp(path);
        }

        @Override
        public boolean isFile(String path) {
            return tree.isFile(path);
        }

        @Override
        public List<String> glob(String pattern) throws IOException {
            return tree.glob(pattern);
        }

        @Override
        public String locationOf(String path) {
            return tree.locationOf(path);
        }

        @Override
        public RepositoryInfo repositoryOf(String path) {
            return tree.repositoryOf(path);
        }

        @Override
        public Optional<String> pathOf(String absoluteTarget) {
            return tree.pathOf(absoluteTarget);
        }

        @Override
        public boolean physicallyWithin(String path, String dir) {
            return tree.physicallyWithin(path, dir);
        }

        @Override
        public boolean complete() {
            return true;
        }
    }
}

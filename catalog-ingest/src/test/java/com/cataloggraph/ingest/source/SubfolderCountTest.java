package com.cataloggraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubfolderCountTest {

    @TempDir
    Path temp;

    @Test
    void onAFileSystemThatKeepsLinkCountsAFolderCountsItsSubfoldersButNotItsFilesOrLinks() throws Exception {
        assumeTrue(Set.of("ext2", "ext3", "ext4", "xfs", "tmpfs").contains(Files.getFileStore(temp).type()),
                "the temporary folder's file system keeps folder link counts");
        Files.createDirectories(temp.resolve("repo/src/main"));
        Files.createDirectories(temp.resolve("repo/docs"));
        Files.writeString(temp.resolve("repo/catalog-info.yaml"), "x");
        Files.createSymbolicLink(temp.resolve("repo/linked"), temp.resolve("repo/docs"));

        SubfolderCount counts = SubfolderCount.under(temp.toRealPath());

        assertThat(counts.of(temp.resolve("repo"))).isEqualTo(2);
        assertThat(counts.of(temp.resolve("repo/src"))).isEqualTo(1);
        assertThat(counts.of(temp.resolve("repo/docs"))).isZero();
        assertThat(counts.of(temp.resolve("repo/linked"))).as("a link is no folder of its own")
                .isEqualTo(SubfolderCount.UNKNOWN);
    }

    @Test
    void aFolderThatCannotBeReadHasAnUnknownCount() {
        assertThat(SubfolderCount.under(temp).of(temp.resolve("gone"))).isEqualTo(SubfolderCount.UNKNOWN);
    }
}

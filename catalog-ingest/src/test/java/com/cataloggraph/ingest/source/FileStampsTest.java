package com.cataloggraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampsTest {

    @TempDir
    Path temp;

    @Test
    void aFileChangedWithinTheSettlingTimeHasNoStampAndOneChangedBeforeHasOne() throws Exception {
        Path file = Files.writeString(temp.resolve("catalog-info.yaml"), "kind: Component\n");
        long changed = changeTime(file);

        assertThat(FileStamps.of(file, changed + FileStamps.SETTLING_MILLIS / 2)).isNull();
        assertThat(FileStamps.of(file, changed + FileStamps.SETTLING_MILLIS * 5)).isNotNull();
    }

    @Test
    void rewritingTheSameNumberOfBytesAndSettingTheOldModificationTimeBackStillChangesTheStamp() throws Exception {
        Path file = Files.writeString(temp.resolve("catalog-info.yaml"), "kind: Component\n");
        FileTime modified = Files.getLastModifiedTime(file);
        String before = FileStamps.of(file, changeTime(file) + FileStamps.SETTLING_MILLIS * 5);
        // The status-change time has a clock tick of up to ~10 ms: let it move on before the rewrite.
        while (Instant.now().toEpochMilli() <= changeTime(file) + 20) {
            Thread.sleep(5);
        }

        Files.writeString(file, "kind: Comp0nent\n");
        Files.setLastModifiedTime(file, modified);

        assertThat(Files.size(file)).isEqualTo(16);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(FileStamps.of(file, changeTime(file) + FileStamps.SETTLING_MILLIS * 5)).isNotNull()
                .isNotEqualTo(before);
    }

    @Test
    void aFileReadFromAFolderCarriesTheStampTheFolderGivesWhileItIsUnchanged() throws Exception {
        Path file = Files.writeString(temp.resolve("catalog-info.yaml"), "kind: Component\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        FolderTree tree = new FolderTree(temp, FolderTree.Layout.REPOSITORY, null, ScanSettings.DEFAULT);
        while (tree.stamp("catalog-info.yaml") == null) {
            Thread.sleep(100); // until its status-change time has settled
        }

        FileContent content = tree.read("catalog-info.yaml", 1000);

        assertThat(content.stamp()).isNotNull().isEqualTo(tree.stamp("catalog-info.yaml"));
        assertThat(tree.stamp("missing.yaml")).isNull();
    }

    private static long changeTime(Path file) throws Exception {
        return ((FileTime) Files.getAttribute(file, "unix:ctime")).toMillis();
    }
}

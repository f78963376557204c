package com.cataloggraph.app.ui;

import com.cataloggraph.fixtures.MalformedCatalog;
import com.cataloggraph.fixtures.SampleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The catalog the browser tests and screenshots show: the sample catalog's 15 repositories and a few of
 * the malformed fixtures' as further repositories (a YAML syntax error, a ref defined twice, bad refs, a
 * partly bad file), so the ingest page has problems, a conflict and dangling refs to list. None of them
 * touches the sample's payments or checkout services.
 */
final class UiTestCatalog {

    static final List<String> BROKEN = List.of("yaml-syntax-error", "duplicate-ref-a", "duplicate-ref-b", "bad-refs",
            "partly-bad");

    private UiTestCatalog() {
    }

    /** A fresh copy under {@code target/}. */
    static synchronized Path folder() {
        Path folder = Path.of("target", "ui-test-catalog").toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                old.sorted(Comparator.reverseOrder()).forEach(UiTestCatalog::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SampleCatalog.copyTo(folder);
        BROKEN.forEach(name -> MalformedCatalog.copyCase(name, folder.resolve(name)));
        return folder;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

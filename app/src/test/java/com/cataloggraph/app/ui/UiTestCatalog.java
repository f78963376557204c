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

    /** A fresh copy under {@code target/}, made once per JVM. */
    static synchronized Path folder() {
        Path folder = Path.of("target", "ui-test-catalog").toAbsolutePath();
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    old.sorted(Comparator.reverseOrder()).forEach(UiTestCatalog::delete);
                }
            }
            copy(SampleCatalog.root(), folder);
            for (String broken : BROKEN) {
                copy(MalformedCatalog.root().resolve(broken), folder.resolve(broken));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.cataloggraph.app.bench;

import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GenerationReport;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The catalog a benchmark reads: one given with {@code --fixture}, or one generated for the run in a
 * temporary folder (deleted by {@link TempFolders}).
 *
 * @param folder      the folder of repositories
 * @param description one line saying what it is
 */
record BenchFixture(Path folder, String description) {

    static BenchFixture given(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--fixture " + folder.toAbsolutePath() + " is not a folder; generate one "
                    + "with catalog-graph fixtures generate --out DIR, or leave --fixture out");
        }
        return new BenchFixture(folder.toAbsolutePath().normalize(), "the catalog in " + folder.toAbsolutePath());
    }

    static BenchFixture generate(double scale, long seed, TempFolders temp) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(seed, scale);
        Path folder = temp.create("fixture");
        GenerationReport report = CatalogGenerator.generate(settings, folder);
        return new BenchFixture(folder, String.format(Locale.ROOT,
                "a generated catalog (scale %s, seed %d: %,d entities, %,d relations, %,d repositories, %,d files) "
                        + "written in %.1f s", Units.scale(scale), seed, report.totalEntities(),
                report.relations(), report.repositories(), report.files(), report.elapsed().toMillis() / 1000.0));
    }
}

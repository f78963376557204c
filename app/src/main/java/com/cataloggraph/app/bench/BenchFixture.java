package com.cataloggraph.app.bench;

import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GenerationReport;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import java.io.IOException;
import java.io.PrintWriter;
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

    /**
     * The folder given with {@code --fixture}, or a catalog generated at the scale and seed.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    static BenchFixture prepare(Path given, double scale, long seed, TempFolders temp, PrintWriter err)
            throws IOException {
        if (given != null) {
            return given(given);
        }
        try {
            new GeneratorSettings(seed, scale);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scale: " + e.getMessage(), e);
        }
        err.println("bench: generating the catalog (scale " + Units.scale(scale) + ", seed " + seed + ")");
        err.flush();
        return generate(scale, seed, temp);
    }

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

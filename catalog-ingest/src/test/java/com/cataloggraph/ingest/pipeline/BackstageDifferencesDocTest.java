package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/ingest.md's "Differences from Backstage" table is generated from the differential's allow-list: this test
 * fails when they disagree and prints the table to paste between the markers.
 */
class BackstageDifferencesDocTest {

    static final String START = "<!-- generated from allowed-differences.yaml by BackstageDifferencesDocTest -->";
    static final String END = "<!-- end of generated table -->";

    @Test
    void theDocsTableIsTheAllowList() throws IOException {
        String table = table(AllowedDifferences.load());
        String docs = Files.readString(docs());

        int start = docs.indexOf(START);
        int end = docs.indexOf(END);
        assertThat(start).as("docs/ingest.md has the marker " + START).isNotNegative();
        assertThat(end).as("docs/ingest.md has the marker " + END).isGreaterThan(start);
        assertThat(docs.substring(start + START.length(), end).strip())
                .as("docs/ingest.md's differences table; paste this between the markers:%n%s", table)
                .isEqualTo(table.strip());
    }

    @Test
    void everyEntryExplainsItself() throws IOException {
        AllowedDifferences allowed = AllowedDifferences.load();

        assertThat(allowed.entries()).extracting(AllowedDifferences.Entry::id).doesNotHaveDuplicates();
        assertThat(allowed.entries()).allSatisfy(entry -> assertThat(entry.reason()).endsWith("."));
    }

    static String table(AllowedDifferences allowed) {
        StringBuilder table = new StringBuilder("| difference | why | checked by the differential |\n|---|---|---|\n");
        for (AllowedDifferences.Entry entry : allowed.entries()) {
            table.append("| ").append(entry.difference()).append(" | ").append(entry.reason()).append(" | ")
                    .append(entry.match() == null ? "no: no single document shows it"
                            : "yes (`" + entry.id() + "`)").append(" |\n");
        }
        return table.toString();
    }

    private static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/ingest.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/ingest.md not found above " + Path.of("").toAbsolutePath());
    }
}

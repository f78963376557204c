package com.cataloggraph.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.ingest.emit.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local copy of the file states: read back exactly as written, and only for the generation and sources it names. */
class StateSnapshotTest {

    private static final StateGeneration GENERATION = new StateGeneration("5f0c", 41);
    private static final List<String> SOURCES = List.of("dir:/srv/checkouts", "gitlab:acme");

    @TempDir
    Path temp;

    @Test
    void statesReadBackEqualToTheStatesWritten() {
        StateSnapshot snapshot = new StateSnapshot(temp.resolve("data/ingest-state.bin"));
        Map<String, SourceFileState> states = states();

        snapshot.write(GENERATION, SOURCES, states.values());

        assertThat(snapshot.read(GENERATION, SOURCES)).hasValue(states);
    }

    @Test
    void aCopyOfAnotherGenerationOrOtherSourcesIsNotUsed() {
        StateSnapshot snapshot = new StateSnapshot(temp.resolve("ingest-state.bin"));
        snapshot.write(GENERATION, SOURCES, states().values());

        assertThat(snapshot.read(new StateGeneration("5f0c", 42), SOURCES)).isEmpty();
        assertThat(snapshot.read(new StateGeneration("another-database", 41), SOURCES)).isEmpty();
        assertThat(snapshot.read(GENERATION, SOURCES.subList(0, 1))).isEmpty();
        assertThat(snapshot.read(GENERATION, SOURCES.reversed())).isEmpty();
    }

    @Test
    void aMissingDamagedOrCutShortCopyIsNotUsed() throws Exception {
        Path file = temp.resolve("ingest-state.bin");
        StateSnapshot snapshot = new StateSnapshot(file);
        assertThat(snapshot.read(GENERATION, SOURCES)).isEmpty();

        snapshot.write(GENERATION, SOURCES, states().values());
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {0, 7, whole.length / 3, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertThat(snapshot.read(GENERATION, SOURCES)).as("cut to %d of %d bytes", length, whole.length).isEmpty();
        }
        Files.write(file, Arrays.copyOf(whole, whole.length + 1));
        assertThat(snapshot.read(GENERATION, SOURCES)).as("a byte too many").isEmpty();
        byte[] damaged = whole.clone();
        for (int i = whole.length / 2; i < whole.length / 2 + 8; i++) {
            damaged[i] = (byte) 0xff;
        }
        Files.write(file, damaged);
        assertThat(snapshot.read(GENERATION, SOURCES)).as("damaged").isEmpty();
    }

    @Test
    void aCopyThatCannotBeWrittenIsLeftOutAndAnOldOneRemoved() throws Exception {
        Path blocked = temp.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        StateSnapshot nowhere = new StateSnapshot(blocked.resolve("ingest-state.bin"));

        nowhere.write(GENERATION, SOURCES, states().values());

        assertThat(nowhere.read(GENERATION, SOURCES)).isEmpty();
        StateSnapshot snapshot = new StateSnapshot(temp.resolve("ingest-state.bin"));
        snapshot.write(GENERATION, SOURCES, states().values());
        snapshot.discard();
        assertThat(temp.resolve("ingest-state.bin")).doesNotExist();
        assertThat(snapshot.read(GENERATION, SOURCES)).isEmpty();
    }

    /** States with every kind of value a stored state has: absent fields, inputs, claims, targets, problems. */
    private static Map<String, SourceFileState> states() {
        Map<String, SourceFileState> states = new LinkedHashMap<>();
        add(states, new SourceFileState("file:/srv/checkouts/billing/catalog-info.yaml", SOURCES.get(0),
                "billing/catalog-info.yaml", "billing", "c0ffee", "f1", "1234:1700000000000000000:1700000000000000000:42:2049",
                Map.of("billing/README.md", "abc123", "billing/missing.json", "missing"), FileStatus.OK,
                List.of("component:default/billing", "api:default/billing-api"), List.of("component:default/old-billing"),
                List.of(new LocationEmitted("./more/*.yaml", "./more/*.yaml", true, 1, 12)),
                List.of(IngestProblem.warning(Rule.YAML_SYNTAX, "billing/catalog-info.yaml", 1, 3, "metadata.name",
                        "Billing Ünïcode ✓", "a warning, with \"quotes\"\nand a new line")), false, 3));
        add(states, new SourceFileState("gitlab:acme/web/catalog-info.yaml", SOURCES.get(1), null, null, null, null,
                null, Map.of(), FileStatus.VANISHED, List.of(), List.of("component:default/web"), List.of(),
                List.of(), false, 0));
        add(states, new SourceFileState("file:/srv/checkouts/broken/catalog-info.yaml", SOURCES.get(0),
                "broken/catalog-info.yaml", "broken", "bad0", "f2", null, Map.of(), FileStatus.FAILED, List.of(),
                List.of(), List.of(), List.of(IngestProblem.error(Rule.YAML_SYNTAX, "broken/catalog-info.yaml", 1, 2,
                        null, null, "mapping values are not allowed here")), true, 0));
        return states;
    }

    private static void add(Map<String, SourceFileState> states, SourceFileState state) {
        states.put(state.location(), state);
    }
}

package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CypherValuesTest {

    private final ReadOnlyCypher cypher = new ReadOnlyCypher(TestNeo4j.get().database());

    @Test
    void listsComeBackAsListsNotAsTheirText() {
        Map<String, Object> row = cypher.run("RETURN [1, 2] AS numbers, ['java', 'pci'] AS tags, {nested: [[3], []]} AS map",
                Map.of(), 10, Duration.ofSeconds(10)).rows().getFirst();

        assertThat(row.get("numbers")).isEqualTo(List.of(1L, 2L));
        assertThat(row.get("tags")).isEqualTo(List.of("java", "pci"));
        assertThat(row.get("map")).isEqualTo(Map.of("nested", List.of(List.of(3L), List.of())));
    }
}

package com.cataloggraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What makes one instance's reads monotonic on a cluster: every session of a database and of every view
 * of it carries the bookmarks of the transactions before, so a read starts from at least what this
 * process last wrote or saw, whichever member the cluster routes it to.
 */
class CatalogDatabaseBookmarksTest {

    private final TestNeo4j neo4j = TestNeo4j.get();

    @Test
    void everyViewOfADatabaseSharesItsBookmarksAndAWriteMovesThem() {
        CatalogDatabase database = new CatalogDatabase(neo4j.driver());
        CatalogDatabase requestView = database.withReadTimeout(Duration.ofSeconds(5));
        CatalogDatabase fencedView = database.fencedBy(WriteFence.NONE);

        database.writeStatement("CREATE (:BookmarkProbe)", Map.of());
        List<String> afterFirstWrite = database.bookmarks();
        fencedView.writeStatement("CREATE (:BookmarkProbe)", Map.of());

        assertThat(afterFirstWrite).isNotEmpty();
        assertThat(requestView.bookmarks()).isEqualTo(fencedView.bookmarks()).isEqualTo(database.bookmarks())
                .isNotEqualTo(afterFirstWrite);
        assertThat(new CatalogDatabase(neo4j.driver()).bookmarks()).as("another process starts with none").isEmpty();
        neo4j.database().writeStatement("MATCH (p:BookmarkProbe) DELETE p", Map.of());
    }
}

package com.cataloggraph.graphql.limit;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With a timeout no request can meet, every request stops at its first read. */
@Tag("security")
@TestPropertySource(properties = "catalog.graphql.timeout=1ns")
class QueryTimeoutTest extends GraphQlApiTest {

    private static final String MESSAGE = "The query ran longer than its 0 ms limit (catalog.graphql.timeout) and was "
            + "stopped; ask for less: fewer fields, smaller pages, a lower depth";

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void stopsARequestPastItsDeadline() {
        graphQl.document("{ entity(ref: \"ledger\") { ref } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo(MESSAGE);
                    assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT");
                    assertThat(error.getPath()).isEqualTo("entity");
                }))
                .path("entity").valueIsNull();
    }

    @Test
    void reportsTheTimeoutOnceHoweverManyFieldsItStopped() {
        graphQl.document("{ a: entity(ref: \"ledger\") { ref } b: entity(ref: \"alice\") { ref } "
                        + "c: search(text: \"payments\") { score } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo(MESSAGE)));
    }
}

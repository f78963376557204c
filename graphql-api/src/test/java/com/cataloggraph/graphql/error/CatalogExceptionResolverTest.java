package com.cataloggraph.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cataloggraph.model.testing.TestNeo4j;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

/** Failures that cannot be provoked through a query on a small catalog, resolved directly. */
class CatalogExceptionResolverTest {

    private final CatalogExceptionResolver resolver = new CatalogExceptionResolver(Duration.ofSeconds(10));

    @Test
    void aReadStoppedByNeo4jsTransactionTimeoutIsATimeout() {
        Neo4jException timedOut = catchThrowableOfType(Neo4jException.class, () -> TestNeo4j.get().database()
                .read(tx -> tx.run("UNWIND range(1, 2000000000) AS x RETURN count(x)").single(), Duration.ofMillis(50)));

        assertThat(timedOut.code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
        List<GraphQLError> errors = resolver.resolveException(timedOut, field("entities")).block();

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(CatalogErrorType.TIMEOUT);
            assertThat(error.getMessage()).isEqualTo("The query ran longer than its 10000 ms limit "
                    + "(catalog.graphql.timeout) and was stopped; ask for less: fewer fields, smaller pages, a lower depth");
            assertThat(error.getPath()).isEqualTo(List.of("entities"));
        });
    }

    @Test
    void otherDatabaseFailuresAreLeftToSpring() {
        Neo4jException syntax = catchThrowableOfType(Neo4jException.class, () -> TestNeo4j.get().database()
                .read(tx -> tx.run("RETURN nonsense(").consume()));

        assertThat(resolver.resolveException(syntax, field("entities")).block()).isNull();
    }

    private static DataFetchingEnvironment field(String name) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField(name).build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment(name)).build())
                .build();
    }
}

package com.cataloggraph.graphql.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The example queries GraphiQL opens with, in file-name order. */
public final class GraphiQlExamples {

    static final String LOCATION = "classpath*:graphiql/examples/*.graphql";

    private GraphiQlExamples() {
    }

    public static List<GraphiQlExample> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(GraphiQlExamples::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + LOCATION, e);
        }
    }

    private static GraphiQlExample read(Resource file) {
        String fileName = file.getFilename();
        try {
            String query = file.getContentAsString(StandardCharsets.UTF_8);
            String firstLine = query.lines().findFirst().orElse("");
            if (!firstLine.startsWith("#")) {
                throw new IllegalStateException("Example " + fileName + " must start with a '# Title' line");
            }
            String name = fileName.replaceFirst("^\\d+-", "").replaceFirst("\\.graphql$", "");
            return new GraphiQlExample(name, firstLine.substring(1).trim(), query);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read example " + fileName, e);
        }
    }
}

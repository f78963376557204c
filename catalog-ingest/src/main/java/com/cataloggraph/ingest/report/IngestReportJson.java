package com.cataloggraph.ingest.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The report as JSON, for {@code --report FILE.json} and for machines. */
public final class IngestReportJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private IngestReportJson() {
    }

    public static String toJson(IngestReport report) {
        return JSON.writeValueAsString(report);
    }

    public static IngestReport fromJson(String json) {
        return JSON.readValue(json, IngestReport.class);
    }

    /** Writes the report, creating the file's folder if needed. */
    public static void write(IngestReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(report) + System.lineSeparator());
    }
}

package com.cataloggraph.app.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * {@code serve --config FILE}: a YAML file with the same keys as the properties ({@code catalog.sync.sources},
 * {@code catalog.ingest.*}, ...), read into properties that the command line's own options override.
 */
public final class SyncConfigFile {

    private SyncConfigFile() {
    }

    /**
     * @throws IllegalArgumentException naming the file when it is missing or not YAML
     */
    public static Map<String, Object> properties(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--config " + file.toAbsolutePath() + " is not a file");
        }
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load("config " + file, new FileSystemResource(file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--config " + file.toAbsolutePath() + " is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertySource<?> document : documents) {
            if (document instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    properties.putIfAbsent(name, String.valueOf(enumerable.getProperty(name)));
                }
            }
        }
        return properties;
    }
}

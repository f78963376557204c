package com.cataloggraph.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class IngestPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void defaultsMatchWhatTheDocsPromise() {
        runner.run(context -> {
            IngestProperties properties = context.getBean(IngestProperties.class);
            assertThat(properties).isEqualTo(IngestProperties.defaults());
            assertThat(properties.filePatterns()).containsExactly("catalog-info.yaml", "catalog-info.yml");
            assertThat(properties.excludedDirectories()).contains("vendor", "node_modules", ".git");
            assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(3));
            assertThat(properties.maxRemovalShare()).isEqualTo(0.2);
            assertThat(properties.orphans()).isEqualTo(OrphanStrategy.KEEP);
            assertThat(properties.refresh()).isNull();
        });
    }

    @Test
    void bindsEverySettingWithItsRealType() {
        runner.withPropertyValues("catalog.ingest.file-patterns=catalog-info.yaml,.backstage/*.yaml",
                "catalog.ingest.max-file-size=1MB", "catalog.ingest.max-removal-share=0.5",
                "catalog.ingest.orphans=delete", "catalog.ingest.parallelism=3", "catalog.ingest.paths=/srv/repos",
                "catalog.ingest.refresh=5m", "catalog.ingest.state-cache=/var/lib/catalog/ingest-state.bin").run(context -> {
                    IngestProperties properties = context.getBean(IngestProperties.class);
                    assertThat(properties.filePatterns()).containsExactly("catalog-info.yaml", ".backstage/*.yaml");
                    assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(1));
                    assertThat(properties.maxRemovalShare()).isEqualTo(0.5);
                    assertThat(properties.orphans()).isEqualTo(OrphanStrategy.DELETE);
                    assertThat(properties.threads()).isEqualTo(3);
                    assertThat(properties.paths()).containsExactly(Path.of("/srv/repos"));
                    assertThat(properties.refresh()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(properties.yamlLimits().maxCodePoints()).isEqualTo(1024 * 1024);
                    assertThat(properties.stateCache()).isEqualTo(Path.of("/var/lib/catalog/ingest-state.bin"));
                });
    }

    @Test
    void anEmptyStateCacheMeansNone() {
        runner.withPropertyValues("catalog.ingest.state-cache=").run(context ->
                assertThat(context.getBean(IngestProperties.class).stateCache()).isNull());
    }

    @Test
    void aBadValueIsRejectedNamingTheProperty() {
        runner.withPropertyValues("catalog.ingest.max-removal-share=1.5").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessage(
                        "catalog.ingest.max-removal-share must be between 0 and 1, was 1.5"));
        runner.withPropertyValues("catalog.ingest.refresh=0s").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessage(
                        "catalog.ingest.refresh must be positive, was PT0S"));
        runner.withPropertyValues("catalog.ingest.file-patterns=").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessage(
                        "catalog.ingest.file-patterns must name at least one pattern"));
    }

    @Test
    void listsAreCopiedSoNoOneChangesThemLater() {
        assertThat(IngestProperties.defaults().paths()).isEqualTo(List.of());
    }
}

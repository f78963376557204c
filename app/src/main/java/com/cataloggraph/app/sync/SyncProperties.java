package com.cataloggraph.app.sync;

import com.cataloggraph.app.ingest.DiscoveryFilters;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The sources {@code serve} keeps in sync ({@code catalog.sync.*}; the same keys in a YAML file given with
 * {@code serve --config FILE}). See {@code docs/sync.md} for a complete example.
 *
 * @param sources       the sources, each with its own schedule
 * @param webhooks      the webhook endpoints' secrets and queue
 * @param watchDebounce how long a watched folder must be quiet before its change is ingested
 */
@ConfigurationProperties("catalog.sync")
public record SyncProperties(List<Source> sources, Webhooks webhooks, @DefaultValue("300ms") Duration watchDebounce) {

    public SyncProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        webhooks = webhooks == null ? Webhooks.defaults() : webhooks;
        watchDebounce = watchDebounce == null ? Duration.ofMillis(300) : watchDebounce;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String key = "catalog.sync.sources[" + i + "]";
            if (source.kind() == null) {
                throw new IllegalArgumentException(key + ".kind is required: folder, gitlab or github");
            }
            switch (source.kind()) {
                case FOLDER -> require(source.path() != null, key + ".path is required for a folder source");
                case GITLAB -> require(notBlank(source.group()), key + ".group is required for a gitlab source");
                case GITHUB -> require(notBlank(source.organization()),
                        key + ".organization is required for a github source");
            }
            require(source.schedule() == null || source.schedule().isPositive(),
                    key + ".schedule must be positive, was " + source.schedule());
            if (notBlank(source.repositoryPattern())) {
                try {
                    Pattern.compile(source.repositoryPattern());
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(key + ".repository-pattern is not a regular expression: "
                            + e.getDescription() + " in '" + source.repositoryPattern() + "'");
                }
            }
            require(names.add(source.id()), key + ".name '" + source.id() + "' is used by two sources; names must differ");
        }
        require(watchDebounce.isPositive(), "catalog.sync.watch-debounce must be positive, was " + watchDebounce);
    }

    /**
     * One source.
     *
     * @param name              how it is shown in sync state; defaults to {@code kind:group-or-org-or-path}
     * @param kind              {@code folder}, {@code gitlab} or {@code github}
     * @param schedule          how often to run a full sync (e.g. {@code 15m}); unset for only at start
     * @param path              folder: what to ingest (as {@code ingest PATH} takes it)
     * @param watch             folder: ingest a change without waiting for the schedule (default true)
     * @param apiUrl            gitlab/github: the API root (defaults: {@code https://gitlab.com/api/v4},
     *                          {@code https://api.github.com})
     * @param group             gitlab: the group's full path or id; subgroups are included
     * @param organization      github: the organization's login
     * @param tokenVariable     gitlab/github: the environment variable holding the API token (defaults
     *                          {@code GITLAB_TOKEN}, {@code GITHUB_TOKEN})
     * @param branch            the branch to read (default: each repository's default branch)
     * @param repositoryPattern only repositories whose path this regular expression finds
     * @param excluded          gitlab: {@code path_with_namespace} values to skip
     * @param includeTopics     github: only repositories with one of these topics
     * @param excludeTopics     github: skip repositories with any of these topics
     * @param includeArchived   read archived repositories too
     * @param excludeForks      skip forks
     * @param descriptorPaths   descriptor paths or globs such as {@code **}{@code /catalog-info.yaml}
     */
    public record Source(String name, SourceKind kind, Duration schedule, Path path, @DefaultValue("true") boolean watch,
                         URI apiUrl, String group, String organization, String tokenVariable, String branch,
                         String repositoryPattern, List<String> excluded, List<String> includeTopics,
                         List<String> excludeTopics, boolean includeArchived, boolean excludeForks,
                         List<String> descriptorPaths) {

        /** The name, or one made from what it reads. */
        public String id() {
            if (notBlank(name)) {
                return name;
            }
            return switch (kind) {
                case FOLDER -> "folder:" + path;
                case GITLAB -> "gitlab:" + group;
                case GITHUB -> "github:" + organization;
            };
        }

        /** The filters, as {@code ingest} takes them on its command line. */
        public DiscoveryFilters filters() {
            return new DiscoveryFilters(branch, notBlank(repositoryPattern) ? Pattern.compile(repositoryPattern) : null,
                    excluded, includeTopics, excludeTopics, includeArchived, excludeForks, descriptorPaths,
                    tokenVariable);
        }
    }

    /**
     * The webhook endpoints.
     *
     * @param gitlabSecret    the secret token GitLab sends as {@code X-Gitlab-Token} (default: {@code $GITLAB_WEBHOOK_SECRET});
     *                        unset refuses every GitLab delivery
     * @param githubSecret    the secret GitHub signs deliveries with (default: {@code $GITHUB_WEBHOOK_SECRET}); unset
     *                        refuses every GitHub delivery
     * @param queueCapacity   repositories waiting for a re-read at most; a delivery beyond gets 503 with Retry-After
     * @param coalesce        how long a repository's first delivery waits for more before it is read, so a burst
     *                        of pushes costs one re-read
     * @param maxAttempts     re-reads of a repository when the host fails, the first included
     * @param retryBackoff    the first wait before a retry, doubled each time
     * @param maxPayload      a larger delivery body is refused (413) without being read whole
     * @param keptDeliveries  deliveries kept in the graph, newest first
     */
    public record Webhooks(String gitlabSecret, String githubSecret, @DefaultValue("1000") int queueCapacity,
                           @DefaultValue("250ms") Duration coalesce, @DefaultValue("5") int maxAttempts,
                           @DefaultValue("2s") Duration retryBackoff, @DefaultValue("25MB") DataSize maxPayload,
                           @DefaultValue("10000") int keptDeliveries) {

        public Webhooks {
            coalesce = coalesce == null ? Duration.ofMillis(250) : coalesce;
            retryBackoff = retryBackoff == null ? Duration.ofSeconds(2) : retryBackoff;
            maxPayload = maxPayload == null ? DataSize.ofMegabytes(25) : maxPayload;
            require(queueCapacity >= 1, "catalog.sync.webhooks.queue-capacity must be at least 1, was " + queueCapacity);
            require(maxAttempts >= 1, "catalog.sync.webhooks.max-attempts must be at least 1, was " + maxAttempts);
            require(!coalesce.isNegative(), "catalog.sync.webhooks.coalesce must not be negative, was " + coalesce);
        }

        static Webhooks defaults() {
            return new Webhooks(null, null, 1000, null, 5, null, null, 10_000);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}

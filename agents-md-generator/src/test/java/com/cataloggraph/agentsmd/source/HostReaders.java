package com.cataloggraph.agentsmd.source;

import com.cataloggraph.agentsmd.publish.stub.GitHubStub;
import com.cataloggraph.agentsmd.publish.stub.GitLabStub;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.http.JsonApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** API clients pointed at the stubs, and a folder's files as a stub repository's content. */
public final class HostReaders {

    private HostReaders() {
    }

    public static JsonApi gitlab(GitLabStub stub) {
        return new JsonApi(HostClient.builder("GitLab", stub.apiUri()).headers(Map.of("PRIVATE-TOKEN", GitLabStub.TOKEN))
                .build());
    }

    public static JsonApi github(GitHubStub stub) {
        return new JsonApi(HostClient.builder("GitHub", stub.baseUri()).headers(Map.of("Authorization",
                GitHubStub.TOKEN, "Accept", "application/vnd.github+json")).build());
    }

    /** Every regular file under the folder, by relative path, as UTF-8 text (what a push of the folder would hold). */
    public static Map<String, String> filesOf(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readString(path,
                        StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

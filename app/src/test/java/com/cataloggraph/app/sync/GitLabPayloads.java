package com.cataloggraph.app.sync;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Webhook bodies as GitLab's "Webhook events" (push) and "System hooks" (project events) pages document them, with
 * the fields the catalog reads and a few it does not.
 */
final class GitLabPayloads {

    private GitLabPayloads() {
    }

    static String push(String path, int projectId, List<String> modified) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return """
                {"object_kind":"push","event_name":"push","before":"95790bf891e76fee5e1747ab589903a6a1f80f22",
                 "after":"da1560886d4f094c3e6c9ef40349f7d38b5d27d7","ref":"refs/heads/main","ref_protected":true,
                 "checkout_sha":"da1560886d4f094c3e6c9ef40349f7d38b5d27d7","user_id":4,"user_name":"John Smith",
                 "user_username":"jsmith","project_id":%d,
                 "project":{"id":%d,"name":"%s","description":"","web_url":"https://gitlab.example.com/%s",
                  "git_ssh_url":"git@gitlab.example.com:%s.git","git_http_url":"https://gitlab.example.com/%s.git",
                  "namespace":"acme","visibility_level":0,"path_with_namespace":"%s","default_branch":"main"},
                 "commits":[{"id":"da1560886d4f094c3e6c9ef40349f7d38b5d27d7","message":"Update","title":"Update",
                  "timestamp":"2026-11-22T12:00:00+00:00","url":"https://gitlab.example.com/%s/-/commit/da15",
                  "author":{"name":"John Smith","email":"jsmith@example.com"},
                  "added":[],"modified":[%s],"removed":[]}],
                 "total_commits_count":1}
                """.formatted(projectId, projectId, name, path, path, path, path, path,
                modified.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")));
    }

    /** A system hook's project event: {@code project_create}, {@code project_destroy}, {@code project_rename}, ... */
    static String system(String event, String path, String oldPath, int projectId) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return """
                {"created_at":"2026-07-21T07:30:58Z","updated_at":"2026-11-22T07:38:22Z","event_name":"%s",
                 "name":"%s","owner_email":"jsmith@example.com","owner_name":"John Smith","owners":[],
                 "path":"%s","path_with_namespace":"%s",%s"project_id":%d,"project_visibility":"internal"}
                """.formatted(event, name, name, path,
                oldPath == null ? "" : "\"old_path_with_namespace\":\"" + oldPath + "\",", projectId);
    }
}

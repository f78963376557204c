package com.cataloggraph.app.sync;

import java.util.List;
import java.util.stream.Collectors;

/** Webhook bodies as GitHub's "Webhook events and payloads" page documents the {@code push} event. */
final class GitHubPayloads {

    private GitHubPayloads() {
    }

    static String push(String fullName, List<String> modified) {
        String owner = fullName.substring(0, fullName.indexOf('/'));
        String name = fullName.substring(fullName.indexOf('/') + 1);
        return """
                {"ref":"refs/heads/main","before":"6113728f27ae82c7b1a177c8d03f9e96e0adf246",
                 "after":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","created":false,"deleted":false,"forced":false,
                 "repository":{"id":35129377,"name":"%s","full_name":"%s","private":true,
                  "owner":{"login":"%s","type":"Organization"},"html_url":"https://github.com/%s",
                  "default_branch":"main","pushed_at":1732276800},
                 "pusher":{"name":"octocat","email":"octocat@example.com"},
                 "sender":{"login":"octocat","type":"User"},
                 "commits":[{"id":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","message":"Update","distinct":true,
                  "timestamp":"2026-11-22T12:00:00Z","author":{"name":"Octo Cat","email":"octocat@example.com"},
                  "added":[],"removed":[],"modified":[%s]}],
                 "head_commit":{"id":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","message":"Update"}}
                """.formatted(name, fullName, owner, fullName,
                modified.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")));
    }
}

/**
 * {@code POST /webhooks/gitlab} and {@code POST /webhooks/github}: deliveries authenticated by their secret (GitLab's
 * {@code X-Gitlab-Token} in constant time, GitHub's {@code X-Hub-Signature-256} HMAC), parsed as the providers
 * document their payloads, judged (does a changed path matter? is the repository in a configured source?) and
 * queued per repository ({@link com.cataloggraph.app.sync.webhook.RereadQueue}: bounded, a burst coalesced into one
 * re-read, retried with back-off when the host fails), every delivery recorded in the graph.
 */
package com.cataloggraph.app.sync.webhook;

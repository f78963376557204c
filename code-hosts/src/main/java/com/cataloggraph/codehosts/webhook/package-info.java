/**
 * Authenticating webhook deliveries: GitLab's {@code X-Gitlab-Token} (the secret token as configured, compared in
 * constant time) and GitHub's {@code X-Hub-Signature-256} (an HMAC-SHA256 of the raw body with the webhook secret).
 */
package com.cataloggraph.codehosts.webhook;

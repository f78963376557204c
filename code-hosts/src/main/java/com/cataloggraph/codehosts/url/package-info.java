/**
 * Repository URLs: {@link com.cataloggraph.codehosts.url.RedactedUrl} is the only form in which a remote URL may be
 * stored, logged or printed (no user info, no token in the query); {@link com.cataloggraph.codehosts.url.RepositoryUrl}
 * turns the ways people write a remote (HTTPS, SSH, scp-like) into one comparable {@code https://host/group/name}.
 */
package com.cataloggraph.codehosts.url;

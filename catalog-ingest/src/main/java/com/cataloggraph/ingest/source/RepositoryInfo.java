package com.cataloggraph.ingest.source;

/**
 * The repository a descriptor belongs to.
 *
 * @param name   its folder name under the ingested folder, or its {@code group/name} slug when discovered
 * @param path   its root inside the source tree ({@code ""} when the tree is the repository)
 * @param url    its remote URL when known, normalised to {@code https://host/group/name} without credentials
 * @param webUrl the base of browsable links ({@code https://github.com/acme/payments}) when the host is
 *               recognised, else null
 * @param branch the checked-out or default branch when known, else null
 * @param commit the commit the files are read at when known (a checkout's HEAD), else null
 */
public record RepositoryInfo(String name, String path, String url, String webUrl, String branch, String commit) {

    /** A repository whose commit is not known. */
    public RepositoryInfo(String name, String path, String url, String webUrl, String branch) {
        this(name, path, url, webUrl, branch, null);
    }

    /** A path inside the tree made relative to this repository's root. */
    public String relative(String treePath) {
        return path.isEmpty() ? treePath : treePath.substring(path.length() + 1);
    }
}

package com.cataloggraph.agentsmd.source;

import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.codehosts.tree.RemoteSnapshot;
import com.cataloggraph.codehosts.tree.TreeEntry;
import java.util.Map;
import java.util.TreeMap;

/** A code host's listing of one commit as the {@link RepositoryTree} every detector reads. */
public final class RemoteTrees {

    private RemoteTrees() {
    }

    /** The tree, named after the repository's last path segment (what a checkout's folder would be called). */
    public static RepositoryTree of(RemoteSnapshot snapshot) {
        Map<String, Long> files = new TreeMap<>();
        for (TreeEntry entry : snapshot.files().values()) {
            files.put(entry.path(), entry.size() >= 0 ? entry.size() : RepositoryTree.UNKNOWN_SIZE);
        }
        return RepositoryTree.of(snapshot.repository().name(), files, new RepositoryTree.Contents() {
            @Override
            public java.util.Optional<byte[]> read(String path, long maxBytes) {
                return snapshot.read(path, maxBytes);
            }

            @Override
            public long size(String path) {
                return snapshot.size(path);
            }
        });
    }
}

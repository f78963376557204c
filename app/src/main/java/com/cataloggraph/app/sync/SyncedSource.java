package com.cataloggraph.app.sync;

import java.time.Duration;

/** A configured source as {@code serve} runs it. */
public sealed interface SyncedSource permits FolderSyncSource, HostSyncSource {

    SyncProperties.Source config();

    /** Its name in sync state. */
    default String name() {
        return config().id();
    }

    default SourceKind kind() {
        return config().kind();
    }

    /** How often to run a full sync, or null for only at start. */
    default Duration schedule() {
        return config().schedule();
    }

    /** Reads the whole source now: what changed is written, what vanished is orphaned. */
    SyncOutcome fullSync();
}

package com.cataloggraph.model.store;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How a process names itself on the lease and the runs it owns: {@code <host>/<pid> (<role>)}. */
public final class ProcessName {

    private ProcessName() {
    }

    /** @param role what the process is, e.g. {@code serve} or {@code ingest} */
    public static String of(String role) {
        return host() + "/" + ProcessHandle.current().pid() + " (" + role + ")";
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}

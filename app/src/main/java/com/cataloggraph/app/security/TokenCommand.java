package com.cataloggraph.app.security;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates API tokens; only their hashes go into configuration. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens for the HTTP endpoints.",
        subcommands = TokenCommand.Create.class)
public final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints a new token once, and the configuration line that holds its hash. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token. Prints the token (shown once: give it to the caller) and the line to "
                    + "add to the tokens file (catalog.security.tokens-file), which holds only its SHA-256.")
    static final class Create implements Callable<Integer> {

        @Option(names = "--name", required = true, description = "Who holds it (appears in the access log).")
        String name;

        @Option(names = "--role", required = true, description = "reader or admin.")
        Role role;

        @Option(names = "--expires", paramLabel = "WHEN", description = "When it stops working: a duration from now "
                + "(90d, 12h, 30m, P90D) or a date (2027-03-06, midnight UTC). Default: never.")
        String expires;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!name.matches("[A-Za-z0-9._@-]+")) {
                throw new IllegalArgumentException("--name may use letters, digits and . _ @ - only");
            }
            Instant expiry = expires == null ? null : TokenExpiry.parse(expires, Clock.systemUTC());
            String token = ApiTokens.generate();
            PrintWriter out = spec.commandLine().getOut();
            out.println("token: " + token);
            out.println("tokens-file line: " + TokensFile.line(name, role, ApiTokens.sha256(token), expiry));
            if (expiry != null) {
                out.println("expires: " + expiry);
            }
            out.flush();
            return 0;
        }
    }
}

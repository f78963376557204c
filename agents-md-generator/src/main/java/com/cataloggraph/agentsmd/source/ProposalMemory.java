package com.cataloggraph.agentsmd.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Which draft each host repository last had a proposal for, and at which commit, on disk beside the blob cache:
 * a repository whose default branch has not moved and whose draft is the same needs no request beyond its head
 * commit. A proposal a person closed is therefore not reopened until the repository or its draft changes.
 */
public final class ProposalMemory {

    /** What was proposed: the default branch's commit then, and the draft's digest. */
    public record Proposed(String commit, String digest) {
    }

    private final Path folder;

    public ProposalMemory(Path folder) {
        this.folder = folder;
    }

    public Optional<Proposed> get(String host, String repository) {
        Path file = file(host, repository);
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split("\t");
            return parts.length == 2 ? Optional.of(new Proposed(parts[0], parts[1])) : Optional.empty();
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void put(String host, String repository, Proposed proposed) {
        Path file = file(host, repository);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".proposal", ".tmp");
            Files.writeString(temporary, proposed.commit() + "\t" + proposed.digest() + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** One file per repository, named by a hash of the host and path (a path never names a file here). */
    private Path file(String host, String repository) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((host + "\n" + repository)
                    .getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

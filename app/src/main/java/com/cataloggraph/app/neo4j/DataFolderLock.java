package com.cataloggraph.app.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who holds the data folder. Neo4j's own store lock makes a second process hang instead of
 * failing, so this lock is taken first: the holder writes where its Bolt endpoint is, and a
 * second process reads that to connect to it instead (or to say so and stop).
 */
public final class DataFolderLock implements AutoCloseable {

    static final String LOCK_FILE = "catalog-graph.lock";
    static final String INSTANCE_FILE = "catalog-graph.instance";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder, or returns empty when another process holds it. */
    public static Optional<DataFolderLock> tryAcquire(Path folder) {
        PrivateFolder.prepare(folder);
        try {
            FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataFolderLock(folder, channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + folder.toAbsolutePath(), e);
        }
    }

    /** Publishes this process's endpoint for the next process that finds the folder taken. */
    public void publish(RunningInstance instance) {
        try {
            Files.writeString(folder.resolve(INSTANCE_FILE), instance.serialize(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the holder of a taken folder published, if it has yet. */
    public static Optional<RunningInstance> holder(Path folder) {
        Path file = folder.resolve(INSTANCE_FILE);
        try {
            return Files.exists(file) ? RunningInstance.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(folder.resolve(INSTANCE_FILE));
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

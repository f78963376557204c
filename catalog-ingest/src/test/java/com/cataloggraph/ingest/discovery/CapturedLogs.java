package com.cataloggraph.ingest.discovery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Every message discovery logs (through {@code System.Logger} → java.util.logging) while open, debug included. */
final class CapturedLogs extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("com.cataloggraph.codehosts");
    private final Level before = logger.getLevel();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    CapturedLogs() {
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void publish(LogRecord record) {
        messages.add(new SimpleFormatter().formatMessage(record));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(before);
    }
}

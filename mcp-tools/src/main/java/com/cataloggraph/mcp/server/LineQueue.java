package com.cataloggraph.mcp.server;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The stdin the SDK's stdio transport reads: only the lines {@link StdioServer} let through, one
 * message per line, then the end when the real stdin ends.
 */
final class LineQueue extends InputStream {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> lines = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    void offer(String line) {
        lines.add((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** No more lines: the reader sees the end of the stream once it has read those before. */
    void end() {
        lines.add(END);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (ended) {
            return -1;
        }
        if (position >= current.length) {
            try {
                current = lines.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            position = 0;
            if (current == END) {
                ended = true;
                return -1;
            }
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return ended ? 0 : current.length - position;
    }
}

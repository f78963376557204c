package com.cataloggraph.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTTP over a plain socket, for requests no client library would send: a huge body that is streamed
 * only as long as the server has not answered.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * POSTs a JSON body made of {@code head} followed by {@code x}s up to {@code length} bytes, declared
     * by Content-Length or sent chunked, and returns the server's answer (status line, headers and the
     * start of the body) as soon as there is one; the rest of the body is then never sent.
     *
     * @param token a bearer token, or null
     */
    public static String postHuge(URI base, String path, String token, String head, long length, boolean chunked) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\n" + (token == null ? "" : "Authorization: Bearer " + token
                    + "\r\n") + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'x');
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(start, 0, block, 0, start.length);
            long sent = 0;
            try {
                while (sent < length && in.available() == 0) {
                    if (chunked) {
                        out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(block);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += block.length;
                    Arrays.fill(block, 0, start.length, (byte) 'x');
                }
            } catch (IOException closedBehindTheAnswer) {
                // the server answered and closed: what it said is still in the socket
            }
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

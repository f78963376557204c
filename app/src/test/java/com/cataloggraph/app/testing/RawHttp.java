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
            return answer(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer's first 4 KB, read until its body is complete (by Content-Length, or a chunked body's last chunk)
     * or the server closes: a server that keeps the connection open must not hold the test until it times out.
     */
    private static String answer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (seen.size() < 4096 && !complete(seen.toString(StandardCharsets.UTF_8))) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            seen.write(buffer, 0, read);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String headers = answer.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)")
                .matcher(headers);
        if (length.find()) {
            return answer.length() - end - 4 >= Integer.parseInt(length.group(1));
        }
        return headers.contains("transfer-encoding: chunked") && answer.endsWith("\r\n0\r\n\r\n");
    }
}

package com.cataloggraph.mcp.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * What the SDK's servlet answers, held back so {@link HttpGate} can look at it first: the status
 * and the body are kept here, never committed; a {@code Connection} header is dropped (connection
 * handling is the container's: a servlet that sets {@code Connection: keep-alive} makes Tomcat's
 * 100th answer on a connection carry both keep-alive and close).
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private int status = SC_OK;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    int status() {
        return status;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void setStatus(int code) {
        status = code;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int code, String message) {
        status = code;
    }

    @Override
    public void sendError(int code) {
        status = code;
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Connection".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Connection".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setContentLength(int length) {
        // set from the buffered body when it is sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // set from the buffered body when it is sent
    }

    @Override
    public void flushBuffer() {
        // nothing is committed before the gate looked at it
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("buffered");
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }
}

package com.cataloggraph.codehosts.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Percent-encoding for URL path segments and query values (RFC 3986), not form encoding ({@code +} for space). */
public final class PathEncoding {

    private PathEncoding() {
    }

    /** Encodes everything but unreserved characters, {@code /} included; {@code .} is kept. */
    public static String segment(String value) {
        return fileSegment(value).replace("%2E", ".");
    }

    /** Like {@link #segment} but {@code .} encoded too, as GitLab's file API documents ({@code lib%2Fclass%2Erb}). */
    public static String fileSegment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** Encodes each segment of a path, keeping the {@code /} between them (GitHub's contents API). */
    public static String path(String path) {
        return Arrays.stream(path.split("/", -1)).map(PathEncoding::segment).collect(Collectors.joining("/"));
    }
}

package com.cataloggraph.model.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors. A cursor carries the last ref of the previous page: listings are ordered
 * by ref, so paging is stable while the graph changes (no duplicates, no gaps among entities
 * that existed throughout).
 */
public final class Cursors {

    private static final String PREFIX = "cg1:";

    private Cursors() {
    }

    public static String encode(String lastRef) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastRef).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The last ref a cursor stands for; "" for a null or empty cursor (the first page).
     *
     * @throws InvalidCursorException when the text was not produced by {@link #encode}
     */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(cursor);
        }
        if (!decoded.startsWith(PREFIX)) {
            throw new InvalidCursorException(cursor);
        }
        return decoded.substring(PREFIX.length());
    }
}

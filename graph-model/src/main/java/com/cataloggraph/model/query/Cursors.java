package com.cataloggraph.model.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors. A cursor carries the last ref of the previous page: listings are ordered
 * by ref, so paging is stable while the graph changes (no duplicates, no gaps among entities
 * that existed throughout). Listings in another order use their own prefix, so a cursor of one
 * listing is refused by another.
 */
public final class Cursors {

    private static final String PREFIX = "cg1:";

    private Cursors() {
    }

    public static String encode(String lastRef) {
        return encode(PREFIX, lastRef);
    }

    /**
     * The last ref a cursor stands for; "" for a null or empty cursor (the first page).
     *
     * @throws InvalidCursorException when the text was not produced by {@link #encode}
     */
    public static String decode(String cursor) {
        return decode(PREFIX, cursor);
    }

    /** A cursor for a listing of its own, marked with {@code prefix}. */
    static String encode(String prefix, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix + position).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor made by {@link #encode(String, String)} with the same prefix stands for; "" for a null
     * or empty cursor.
     *
     * @throws InvalidCursorException when it was not made with that prefix
     */
    static String decode(String prefix, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(cursor);
        }
        if (!decoded.startsWith(prefix)) {
            throw new InvalidCursorException(cursor);
        }
        return decoded.substring(prefix.length());
    }
}

package com.cataloggraph.model.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque page cursors, bound to the query they page through. A cursor carries a position (the
 * last ref of the previous page for listings ordered by ref, so paging is stable while the
 * graph changes; an offset for answers in another order) and a check over the query and that
 * position: a cursor from another query, or one that was edited, is refused instead of silently
 * giving a wrong or empty page. The check is a plain hash, the same on every instance, so any
 * instance continues a listing another one started; it guards against mistakes, not attackers
 * (a cursor grants nothing the query does not).
 */
public final class Cursors {

    private static final String PREFIX = "cg2:";
    private static final int CHECK_CHARS = 16;

    private Cursors() {
    }

    /**
     * @param query    what the cursor pages through, e.g. a filter's {@link EntityFilter#key()}
     * @param position where the next page starts
     */
    public static String encode(String query, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + check(query, position) + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor for answers paged by offset. */
    public static String encode(String query, int offset) {
        return encode(query, Integer.toString(offset));
    }

    /**
     * The position a cursor stands for; "" for a null or empty cursor (the first page).
     *
     * @throws InvalidCursorException when the cursor was not issued for this query, or was changed
     */
    public static String decode(String cursor, String query) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        int colon = decoded.indexOf(':', PREFIX.length());
        if (!decoded.startsWith(PREFIX) || colon != PREFIX.length() + CHECK_CHARS) {
            throw new InvalidCursorException();
        }
        String position = decoded.substring(colon + 1);
        if (!decoded.substring(PREFIX.length(), colon).equals(check(query, position))) {
            throw new InvalidCursorException();
        }
        return position;
    }

    /** The offset an offset cursor stands for; 0 for no cursor. */
    public static int decodeOffset(String cursor, String query) {
        String position = decode(cursor, query);
        if (position.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(position);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // the check matched but the position is no offset: a cursor of a listing, not of this answer
        }
        throw new InvalidCursorException();
    }

    private static String check(String query, String position) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((query + "\n" + position).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, CHECK_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

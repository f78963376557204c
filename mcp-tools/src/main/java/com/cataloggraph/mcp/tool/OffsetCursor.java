package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors for answers that are not ordered by ref (dependency walks): the position of
 * the next item, bound to the question it pages through so a cursor from another question is
 * refused rather than silently misread.
 */
public final class OffsetCursor {

    private static final String PREFIX = "mcp1:";

    private OffsetCursor() {
    }

    public static String encode(String question, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset + ":" + question).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The offset a cursor stands for; 0 for no cursor.
     *
     * @throws InvalidCursorException when the cursor was not issued for this question
     */
    public static int decode(String cursor, String question) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':', PREFIX.length());
            if (text.startsWith(PREFIX) && colon > 0 && text.substring(colon + 1).equals(question)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length(), colon));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64, or not a number: fall through to the same answer as any foreign cursor
        }
        throw new InvalidCursorException(cursor);
    }
}

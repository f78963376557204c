package com.cataloggraph.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes descriptor bytes strictly as UTF-8. Backstage silently turns bad bytes into U+FFFD; a
 * file saved as Latin-1 then ingests with mangled names. Here it is an error saying where.
 */
public final class Utf8Text {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /** The text, without a leading byte-order mark. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new NotUtf8Exception(offset, lineAt(bytes, offset), bytes[offset] & 0xFF);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Bytes that are not UTF-8, with the first bad one's position. */
    public static final class NotUtf8Exception extends Exception {
        private final int offset;
        private final int line;
        private final int badByte;

        NotUtf8Exception(int offset, int line, int badByte) {
            super("the file is not valid UTF-8: byte 0x%02X at offset %d (line %d) does not start or continue a UTF-8 character; save it as UTF-8"
                    .formatted(badByte, offset, line));
            this.offset = offset;
            this.line = line;
            this.badByte = badByte;
        }

        public int offset() {
            return offset;
        }

        public int line() {
            return line;
        }

        public int badByte() {
            return badByte;
        }
    }
}

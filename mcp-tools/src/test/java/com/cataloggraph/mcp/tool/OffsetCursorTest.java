package com.cataloggraph.mcp.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.query.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class OffsetCursorTest {

    private static final String QUESTION = "get_dependents|resource:default/cache|1|[]|[]";

    @Test
    void givesBackTheOffsetForTheSameQuestion() {
        assertThat(OffsetCursor.decode(OffsetCursor.encode(QUESTION, 50), QUESTION)).isEqualTo(50);
        assertThat(OffsetCursor.decode(null, QUESTION)).isZero();
        assertThat(OffsetCursor.decode("", QUESTION)).isZero();
    }

    @Test
    void refusesACursorIssuedForAnotherQuestion() {
        String cursor = OffsetCursor.encode(QUESTION, 50);

        assertThatThrownBy(() -> OffsetCursor.decode(cursor, QUESTION.replace("|1|", "|2|")))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage("Invalid cursor \"" + cursor + "\": pass the nextCursor of a previous page unchanged, "
                        + "or omit it to start from the first page");
    }

    @Test
    void refusesForgedAndGarbledCursors() {
        String negative = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("mcp1:-5:" + QUESTION).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> OffsetCursor.decode(negative, QUESTION)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> OffsetCursor.decode("%%%", QUESTION)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> OffsetCursor.decode("bWNwMTp4OnE", QUESTION)).isInstanceOf(InvalidCursorException.class);
    }
}

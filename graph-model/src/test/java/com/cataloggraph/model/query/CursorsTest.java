package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private static final String QUERY = EntityFilter.ofKind("user").key();

    @Test
    void givesBackThePositionForTheQueryItWasIssuedFor() {
        assertThat(Cursors.decode(Cursors.encode(QUERY, "user:default/bob"), QUERY)).isEqualTo("user:default/bob");
        assertThat(Cursors.decodeOffset(Cursors.encode("walk", 50), "walk")).isEqualTo(50);
        assertThat(Cursors.decode(null, QUERY)).isEmpty();
        assertThat(Cursors.decodeOffset("", "walk")).isZero();
    }

    @Test
    void refusesACursorOfAnotherFilter() {
        String users = Cursors.encode(QUERY, "user:default/bob");

        assertThatThrownBy(() -> Cursors.decode(users, EntityFilter.ofKind("group").key()))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage("Invalid cursor: it was not issued for this query (other filters or arguments) or was "
                        + "changed. Pass the nextCursor of the previous page unchanged, with the same arguments, or "
                        + "omit it to start from the first page.");
    }

    @Test
    void refusesAnEditedCursor() {
        String text = new String(Base64.getUrlDecoder().decode(Cursors.encode(QUERY, "user:default/bob")),
                StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(
                text.replace("user:default/bob", "user:default/zed").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Cursors.decode(edited, QUERY)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> Cursors.decode("not a cursor!", QUERY)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> Cursors.decode("bm9wZQ", QUERY)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void refusesAListingCursorWhereAnOffsetIsExpected() {
        assertThatThrownBy(() -> Cursors.decodeOffset(Cursors.encode("walk", "user:default/bob"), "walk"))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void theSameQueryGivesTheSameCursorOnEveryInstance() {
        assertThat(Cursors.encode(QUERY, "user:default/bob")).isEqualTo(Cursors.encode(
                EntityFilter.ofKind("USER").key(), "user:default/bob"));
    }
}

package com.cataloggraph.codehosts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    @Test
    void linkHeadersAreReadByRelNotByPosition() {
        assertThat(LinkHeader.next("<https://api.github.com/x?page=1>; rel=\"prev\", <https://api.github.com/x?page=3>; "
                + "rel=\"next\"")).contains(URI.create("https://api.github.com/x?page=3"));
        assertThat(LinkHeader.next("<https://api.github.com/x?page=9>; rel=\"last\"")).isEmpty();
        assertThat(LinkHeader.next(null)).isEmpty();
    }
}

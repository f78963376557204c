package com.cataloggraph.app.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a caller may do: read the catalog, or also start ingests and AGENTS.md runs. */
public enum Role {
    READER("catalog:read"),
    ADMIN("catalog:admin");

    private final String scope;

    Role(String scope) {
        this.scope = scope;
    }

    /** The OAuth scope that stands for this role (advertised in protected-resource metadata). */
    public String scope() {
        return scope;
    }

    /** Spring authorities: an admin is a reader too. */
    public List<GrantedAuthority> authorities() {
        return this == ADMIN
                ? List.of(new SimpleGrantedAuthority("ROLE_READER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_READER"));
    }
}

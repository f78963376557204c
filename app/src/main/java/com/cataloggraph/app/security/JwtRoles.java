package com.cataloggraph.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads roles from the configured claim of a validated JWT. A token with none of the configured
 * values authenticates but may do nothing (every endpoint needs at least reader).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Oidc oidc;

    JwtRoles(SecurityProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String value : claimValues(jwt)) {
            if (oidc.adminValues().contains(value)) {
                authorities.addAll(Role.ADMIN.authorities());
            } else if (oidc.readerValues().contains(value)) {
                authorities.addAll(Role.READER.authorities());
            }
        }
        String name = jwt.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(jwt, authorities, "oidc:" + (name != null ? name : jwt.getSubject()));
    }

    private List<String> claimValues(Jwt jwt) {
        Object claim = jwt.getClaims().get(oidc.rolesClaim());
        List<String> values = new ArrayList<>();
        if (claim instanceof String text) {
            values.addAll(List.of(text.trim().split("\\s+")));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        }
        return values;
    }
}

package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    @Test
    void aCaseworkerSeesItsRegionAndWhatOfItLiesInsideAFilter() {
        Caller caller = caller(Map.of("roles", List.of("CASEWORKER"), "region", "330203009000"));

        assertThat(caller.jurisdiction().prefixes()).containsExactly("330203009");
        assertThat(caller.jurisdiction().within("330203").prefixes()).containsExactly("330203009");
        assertThat(caller.jurisdiction().within("330203009005").prefixes()).containsExactly("330203009005");
        assertThat(caller.jurisdiction().within("310105").prefixes()).isEmpty();
        assertThat(caller.jurisdiction().includes("330203009005001")).isTrue();
        assertThat(caller.jurisdiction().includes("330203001005001")).isFalse();
        assertThat(caller.readsRegistry()).isTrue();
        assertThat(caller.writesRegistry()).isTrue();
        assertThat(caller.unmasks()).isFalse();
    }

    @Test
    void aGridWorkerSeesEachOfItsGridsOnceAndWritesNothing() {
        Caller caller = caller(Map.of("roles", List.of("GRID_WORKER"),
                "grids", List.of("330203009005001", "330203009005002", "330203009005001", "3302030090")));

        assertThat(caller.jurisdiction().prefixes()).containsExactly("330203009005001", "330203009005002");
        assertThat(caller.jurisdiction().within("330203").prefixes()).containsExactly("330203009005001", "330203009005002");
        assertThat(caller.writesRegistry()).isFalse();
    }

    @Test
    void adminSeesTheWholeTreeAndMayUnmask() {
        Caller caller = caller(Map.of("roles", List.of("ADMIN")));

        assertThat(caller.jurisdiction().wholeTree()).isTrue();
        assertThat(caller.jurisdiction().within("330203").prefixes()).containsExactly("330203");
        assertThat(caller.unmasks()).isTrue();
    }

    @Test
    void unmaskingNeedsTheGrantForCaseworkersAndIsNeverForOtherRoles() {
        assertThat(caller(Map.of("roles", List.of("CASEWORKER"), "region", "330203", "scope", "pii:unmask pii:unmask")).unmasks()).isTrue();
        assertThat(caller(Map.of("roles", List.of("PARTNER_APP"), "region", "330203", "scope", "registry:read pii:unmask")).unmasks()).isFalse();
    }

    @Test
    void partnerAppsReadTheRegistryOnlyWithTheirScopeAndCharitiesNever() {
        assertThat(caller(Map.of("roles", List.of("PARTNER_APP"), "region", "330203", "scope", "registry:read")).readsRegistry()).isTrue();
        assertThat(caller(Map.of("roles", List.of("PARTNER_APP"), "region", "330203", "scope", "match:read")).readsRegistry()).isFalse();
        Caller charity = caller(Map.of("roles", List.of("CHARITY")));
        assertThat(charity.readsRegistry()).isFalse();
        assertThat(charity.jurisdiction().prefixes()).isEmpty();
    }

    @Test
    void malformedOrUnknownClaimsGrantNothing() {
        Caller typo = caller(Map.of("roles", List.of("CASEWORKER"), "region", "33O203"));
        Caller unknownRole = caller(Map.of("roles", List.of("SUPERUSER"), "region", "330203"));

        assertThat(typo.jurisdiction().prefixes()).isEmpty();
        assertThat(typo.jurisdiction().within("").prefixes()).isEmpty();
        assertThat(unknownRole.role()).isNull();
        assertThat(unknownRole.jurisdiction().prefixes()).isEmpty();
        assertThat(unknownRole.readsRegistry()).isFalse();
        assertThat(unknownRole.writesRegistry()).isFalse();
    }

    private static Caller caller(Map<String, Object> claims) {
        return Caller.of(new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"),
                withSubject(claims)));
    }

    private static Map<String, Object> withSubject(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "someone");
        return all;
    }
}

package org.zhulian.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.zhulian.region.Regions;

/**
 * The demo's users, one of each kind a city would have, plus one grid worker per demo grid
 * ({@code grid-<gridCode>}).
 */
@Component
class DemoPrincipals {

    private static final Pattern GRID_WORKER = Pattern.compile("grid-(\\d{15})");

    static final List<Principal> NAMED = List.of(
            new Principal("admin", Role.ADMIN, null, List.of(), List.of()),
            new Principal("caseworker-haishu", Role.CASEWORKER, "330203000000", List.of(Caller.PII_UNMASK), List.of()),
            new Principal("caseworker-shiqi", Role.CASEWORKER, "330203009000", List.of(), List.of()),
            new Principal("caseworker-changning", Role.CASEWORKER, "310105000000", List.of(), List.of()),
            new Principal("charity-demo", Role.CHARITY, null, List.of(), List.of()),
            new Principal("partner-hotline", Role.PARTNER_APP, "330203000000", List.of("registry:read", "match:read"), List.of()));

    /**
     * One principal.
     *
     * @param regionCode the jurisdiction (null: the whole tree, or none for charities)
     * @param scopes     OAuth2 scopes of machine clients
     * @param grids      the grids of a grid worker
     */
    record Principal(String user, Role role, String regionCode, List<String> scopes, List<String> grids) {
    }

    private final Regions regions;

    DemoPrincipals(Regions regions) {
        this.regions = regions;
    }

    Optional<Principal> find(String user) {
        if (user == null) {
            return Optional.empty();
        }
        var named = NAMED.stream().filter(p -> p.user().equals(user)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        var grid = GRID_WORKER.matcher(user);
        if (grid.matches() && regions.byCode(List.of(grid.group(1))).containsKey(grid.group(1))) {
            return Optional.of(gridWorker(grid.group(1)));
        }
        return Optional.empty();
    }

    List<Principal> all() {
        List<Principal> all = new ArrayList<>(NAMED);
        regions.gridCodes().forEach(code -> all.add(gridWorker(code)));
        return all;
    }

    private static Principal gridWorker(String gridCode) {
        return new Principal("grid-" + gridCode, Role.GRID_WORKER, gridCode, List.of(), List.of(gridCode));
    }
}

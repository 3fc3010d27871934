package org.zhulian.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.zhulian.region.Regions;

/**
 * The demo's users, one of each kind a city would have, plus one grid worker per demo grid
 * ({@code grid-<gridCode>}) and numbered charities ({@code charity-1} to {@code charity-999}).
 */
@Component
class DemoPrincipals {

    /** 石碶街道区域性居家养老服务中心, whose id the demo generator fixes so that its staff can sign in. */
    static final String SHIQI_HOME_CARE_CENTRE = "prv-00000000-0000-4000-8003-000000000001";

    private static final Pattern GRID_WORKER = Pattern.compile("grid-(\\d{15})");
    /** Numbered charities without a profile of their own yet, for trying claims with many donors at once. */
    private static final Pattern NUMBERED_CHARITY = Pattern.compile("charity-[1-9]\\d{0,2}");

    static final List<Principal> NAMED = List.of(
            new Principal("admin", Role.ADMIN, null, List.of(), List.of()),
            new Principal("caseworker-haishu", Role.CASEWORKER, "330203000000", List.of(Caller.PII_UNMASK), List.of()),
            new Principal("caseworker-shiqi", Role.CASEWORKER, "330203009000", List.of(), List.of()),
            new Principal("caseworker-changning", Role.CASEWORKER, "310105000000", List.of(), List.of()),
            new Principal("caseworker-huayang", Role.CASEWORKER, "310105001000", List.of(), List.of()),
            new Principal("caseworker-tongling", Role.CASEWORKER, "340700000000", List.of(), List.of()),
            new Principal("charity-demo", Role.CHARITY, null, List.of(), List.of()),
            new Principal("charity-a", Role.CHARITY, null, List.of(), List.of()),
            new Principal("charity-b", Role.CHARITY, null, List.of(), List.of()),
            new Principal("charity-c", Role.CHARITY, null, List.of(), List.of()),
            new Principal("partner-hotline", Role.PARTNER_APP, "330203000000", List.of("registry:read", "match:read"), List.of()),
            new Principal("partner-medical-insurance", Role.PARTNER_APP, null, List.of(Caller.EVENTS_WRITE), List.of(), null,
                    List.of("MEDICAL_INSURANCE")),
            new Principal("provider-shiqi-homecare", Role.PROVIDER, null, List.of(), List.of(), SHIQI_HOME_CARE_CENTRE));

    /**
     * One principal.
     *
     * @param regionCode the jurisdiction (null: the whole tree, or none for charities)
     * @param scopes     OAuth2 scopes of machine clients
     * @param grids      the grids of a grid worker
     * @param provider    the provider that PROVIDER staff act for
     * @param departments the departments whose records a feed sends
     */
    record Principal(String user, Role role, String regionCode, List<String> scopes, List<String> grids, String provider,
                     List<String> departments) {

        Principal(String user, Role role, String regionCode, List<String> scopes, List<String> grids) {
            this(user, role, regionCode, scopes, grids, null, List.of());
        }

        Principal(String user, Role role, String regionCode, List<String> scopes, List<String> grids, String provider) {
            this(user, role, regionCode, scopes, grids, provider, List.of());
        }
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
        if (NUMBERED_CHARITY.matcher(user).matches()) {
            return Optional.of(new Principal(user, Role.CHARITY, null, List.of(), List.of()));
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

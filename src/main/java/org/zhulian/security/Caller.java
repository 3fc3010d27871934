package org.zhulian.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;
import org.zhulian.region.RegionCode;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Who is asking, as the bearer token says: the role, the jurisdiction and the granted scopes. Every
 * statement that reads or writes the registry is anchored at {@link #jurisdiction()}, so the
 * jurisdiction comes from the token and never from arguments.
 *
 * @param user         the token's subject, recorded in the audit log
 * @param jurisdiction the regions the caller may see
 * @param scopes       the token's scopes ({@code registry:read}, {@code pii:unmask}…)
 * @param provider     for a PROVIDER, the id of the provider it acts for (the token's {@code provider} claim); else null
 * @param departments  for a department feed (a PARTNER_APP with {@code events:write}), the departments whose records it
 *                     sends (the token's {@code departments} claim); else empty
 */
public record Caller(String user, Role role, Scope jurisdiction, Set<String> scopes, String provider, Set<String> departments) {

    /** The key under which each request's caller sits in the GraphQL context. */
    public static final String CONTEXT_KEY = "caller";

    public static final String REGISTRY_READ = "registry:read";
    public static final String PII_UNMASK = "pii:unmask";
    public static final String MATCH_READ = "match:read";
    public static final String EVENTS_WRITE = "events:write";

    public Caller {
        scopes = Set.copyOf(scopes);
        departments = Set.copyOf(departments);
    }

    /** A caller that sends no department's records. */
    public Caller(String user, Role role, Scope jurisdiction, Set<String> scopes, String provider) {
        this(user, role, jurisdiction, scopes, provider, Set.of());
    }

    /**
     * Reads the caller from a validated token. A region or grid claim that is not a well-formed code
     * grants nothing, so a misissued token sees less, never more.
     */
    static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        Role role = roles == null ? null
                : roles.stream().map(Caller::roleNamed).filter(Objects::nonNull).findFirst().orElse(null);
        String scope = jwt.getClaimAsString("scope");
        Set<String> scopes = scope == null || scope.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(scope.trim().split("\\s+")));
        String provider = role == Role.PROVIDER ? jwt.getClaimAsString("provider") : null;
        List<String> departments = role == Role.PARTNER_APP ? jwt.getClaimAsStringList("departments") : null;
        return new Caller(jwt.getSubject(), role, new Scope(jurisdiction(role, jwt)), scopes, provider,
                departments == null ? Set.of() : Set.copyOf(departments));
    }

    private static Role roleNamed(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static List<String> jurisdiction(Role role, Jwt jwt) {
        if (role == null) {
            return List.of();
        }
        return switch (role) {
            case ADMIN -> List.of("");
            case CASEWORKER, PARTNER_APP -> prefixOf(jwt.getClaimAsString("region"));
            case GRID_WORKER -> {
                List<String> grids = jwt.getClaimAsStringList("grids");
                List<String> prefixes = new ArrayList<>();
                for (String grid : grids == null ? List.<String>of() : grids) {
                    prefixes.addAll(prefixOf(grid).stream().filter(p -> p.length() == 15).toList());
                }
                yield prefixes;
            }
            case CHARITY, PROVIDER -> List.of();
        };
    }

    private static List<String> prefixOf(String code) {
        if (code == null) {
            return List.of();
        }
        try {
            return List.of(RegionCode.parse(code, "region").prefix());
        } catch (InvalidInputException notACode) {
            return List.of();
        }
    }

    /**
     * Whether the caller may read households, persons and needs: every role with a jurisdiction but
     * charities (no personal data at all) and machine clients without {@code registry:read}.
     */
    public boolean readsRegistry() {
        return role == Role.ADMIN || role == Role.CASEWORKER || role == Role.GRID_WORKER
                || role == Role.PARTNER_APP && scopes.contains(REGISTRY_READ);
    }

    /** Whether the caller may search services near a place: staff, and machine clients with {@code match:read}. */
    public boolean readsResources() {
        return role == Role.ADMIN || role == Role.CASEWORKER || role == Role.GRID_WORKER
                || role == Role.PARTNER_APP && scopes.contains(MATCH_READ);
    }

    /**
     * Whether the caller works with referrals: caseworkers and ADMIN on either side, a PROVIDER on
     * the side of its own provider. Which referrals, and which steps, is decided per referral.
     */
    public boolean handlesReferrals() {
        return role == Role.ADMIN || role == Role.CASEWORKER || role == Role.PROVIDER && provider != null;
    }

    /** Whether the caller visits households and reports back: grid workers, caseworkers and ADMIN. */
    public boolean visits() {
        return role == Role.GRID_WORKER || writesRegistry();
    }

    /** Whether the caller may send department events: machine clients with {@code events:write}, and ADMIN. */
    public boolean writesEvents() {
        return role == Role.ADMIN || role == Role.PARTNER_APP && scopes.contains(EVENTS_WRITE);
    }

    /**
     * Whether the caller may send records in the name of this department: a feed only its own
     * (a feed could otherwise raise warnings with another department's word), ADMIN any.
     */
    public boolean sendsFor(String department) {
        return role == Role.ADMIN || writesEvents() && departments.contains(department);
    }

    /** Whether the caller gives: claims micro-wishes and keeps a donor profile (charities and individual donors). */
    public boolean donates() {
        return role == Role.CHARITY;
    }

    /** Whether the caller keeps the registry: registers, edits and labels households and persons. */
    public boolean writesRegistry() {
        return role == Role.ADMIN || role == Role.CASEWORKER;
    }

    /** Whether the caller may see clear ID numbers and phones, with a stated purpose. */
    public boolean unmasks() {
        return role == Role.ADMIN || role == Role.CASEWORKER && scopes.contains(PII_UNMASK);
    }
}

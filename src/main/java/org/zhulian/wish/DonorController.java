package org.zhulian.wish;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.GeoPoint;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Keyset;
import org.zhulian.system.graphql.Page;

/**
 * The donors' side: their profile, their claims and the wishes that fit them; and, for caseworkers,
 * the donors that fit a wish. A donor is always the caller's own (its token subject): no argument
 * names the donor a caller acts for.
 */
@Controller
class DonorController {

    static final int MAX_SUGGESTIONS = 50;

    private final ClaimChanges claimChanges;
    private final DonorProfiles profiles;
    private final DonorRepository donors;
    private final WishRepository wishes;
    private final WishMatching matching;
    private final Changes changes;
    private final Regions regions;

    DonorController(ClaimChanges claimChanges, DonorProfiles profiles, DonorRepository donors, WishRepository wishes,
                    WishMatching matching, Changes changes, Regions regions) {
        this.claimChanges = claimChanges;
        this.profiles = profiles;
        this.donors = donors;
        this.wishes = wishes;
        this.matching = matching;
        this.changes = changes;
        this.regions = regions;
    }

    record WishClaimPayload(WishClaim claim) {
    }

    record DonorPayload(Donor donor) {
    }

    /** A donor's area as shown: regions, or a circle. */
    record DonorArea(List<Region> regions, GeoPoint centre, Integer radiusMeters) {
    }

    @QueryMapping
    Donor myDonorProfile(@ContextValue Caller caller) {
        return donors.byAccount(caller.user()).orElse(null);
    }

    @MutationMapping
    DonorPayload updateDonorProfile(@Argument DonorProfiles.DonorProfileInput input, @ContextValue Caller caller) {
        Map<String, Object> properties = profiles.checked(input);
        changes.apply(caller, "updateDonorProfile", List.of(), change -> profiles.update(change, properties));
        return new DonorPayload(donors.byAccount(caller.user()).orElseThrow());
    }

    @MutationMapping
    WishClaimPayload claimWish(@Argument String wishId, @ContextValue Caller caller) {
        return claim(changes.apply(caller, "claimWish", List.of(wishId), change -> claimChanges.claim(change, wishId)));
    }

    @MutationMapping
    WishClaimPayload releaseClaim(@Argument String wishId, @Argument String reason, @ContextValue Caller caller) {
        String text = WishInputs.optional(reason, "reason", WishInputs.MAX_REASON);
        return claim(changes.apply(caller, "releaseClaim", List.of(wishId), change -> claimChanges.release(change, wishId, text)));
    }

    @MutationMapping
    WishClaimPayload markDelivered(@Argument String wishId, @Argument String note, @ContextValue Caller caller) {
        String text = WishInputs.optional(note, "note", WishInputs.MAX_TEXT);
        return claim(changes.apply(caller, "markDelivered", List.of(wishId), change -> claimChanges.markDelivered(change, wishId, text)));
    }

    @QueryMapping
    Connection<Connection.Edge<WishClaim>> myClaims(@Argument List<ClaimStatus> status, @Argument Integer first, @Argument String after,
                                                    @ContextValue Caller caller) {
        Keyset.Slice slice = WishRepository.CLAIM_ORDER.slice(first, after);
        List<String> statuses = Filters.orNull(Filters.names(status));
        return Connection.of(wishes.claimsOf(caller.user(), statuses, slice), slice, () -> wishes.countClaimsOf(caller.user(), statuses),
                Connection.Edge::new);
    }

    @QueryMapping
    Connection<Connection.Edge<WishMatching.WishMatch>> wishMatches(@Argument Integer first, @Argument String after, @ContextValue Caller caller) {
        Page page = Page.of(first, after);
        return Connection.of(matching.matchesFor(caller, page), page, () -> matching.countFor(caller), Connection.Edge::new);
    }

    @QueryMapping
    List<WishMatching.DonorSuggestion> donorSuggestions(@Argument String wishId, @Argument Integer first, @ContextValue Caller caller) {
        int limit = first == null ? 10 : first;
        if (limit < 0 || limit > MAX_SUGGESTIONS) {
            throw new InvalidInputException("first", "first must be between 0 and " + MAX_SUGGESTIONS);
        }
        return matching.suggestionsFor(wishId, caller, limit);
    }

    /** A person's area may be drawn around their home: shown to themselves, and of organisations to all. */
    @SchemaMapping(typeName = "Donor")
    DonorArea area(Donor donor, @ContextValue Caller caller) {
        boolean shown = donor.kind() == Donor.DonorKind.ORGANISATION || donor.account().equals(caller.user());
        if (!shown || donor.areaRegionCodes().isEmpty() && donor.areaCentre() == null) {
            return null;
        }
        Map<String, Region> known = regions.byCode(donor.areaRegionCodes());
        return new DonorArea(donor.areaRegionCodes().stream().map(known::get).filter(r -> r != null).toList(), donor.areaCentre(),
                donor.areaRadiusMeters());
    }

    @BatchMapping(typeName = "WishClaim")
    Map<WishClaim, Donor> donor(List<WishClaim> batch) {
        return Batches.match(batch, WishClaim::donorId, Batches.index(donors.byIds(Batches.keys(batch, WishClaim::donorId)), Donor::id));
    }

    @BatchMapping(typeName = "WishCasefile")
    Map<WishCasefile, List<Donor>> invited(List<WishCasefile> casefiles) {
        Map<String, Donor> byId = Batches.index(donors.byIds(casefiles.stream().flatMap(c -> c.invitedDonorIds().stream()).distinct().toList()),
                Donor::id);
        return casefiles.stream().distinct().collect(Collectors.toMap(c -> c, c -> c.invitedDonorIds().stream().map(byId::get)
                .filter(d -> d != null).toList()));
    }

    private WishClaimPayload claim(String id) {
        return new WishClaimPayload(wishes.claim(id).orElseThrow());
    }
}

package org.zhulian.referral;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.access.Visible;
import org.zhulian.need.Need;
import org.zhulian.provider.Provider;
import org.zhulian.provider.ServiceCategories;
import org.zhulian.provider.ServiceCategory;
import org.zhulian.provider.Providers;
import org.zhulian.provider.Service;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.Keyset;
import org.zhulian.system.graphql.Texts;

/** {@code referNeed}, {@code moveReferral}, {@code referral}, {@code referrals} and a need's referral history. */
@Controller
class ReferralController {

    static final int MAX_NOTE = 500;

    private final ReferralChanges referralChanges;
    private final ReferralRepository referrals;
    private final Changes changes;
    private final Providers providers;
    private final ServiceCategories categories;
    private final Regions regions;

    ReferralController(ReferralChanges referralChanges, ReferralRepository referrals, Changes changes, Providers providers,
                       ServiceCategories categories, Regions regions) {
        this.referralChanges = referralChanges;
        this.referrals = referrals;
        this.changes = changes;
        this.providers = providers;
        this.categories = categories;
        this.regions = regions;
    }

    /** {@link #toString} leaves the note out: it may say anything about a family. */
    record ReferNeedInput(String needId, String serviceId, String note) {
        @Override
        public String toString() {
            return "ReferNeedInput[" + needId + " → " + serviceId + "]";
        }
    }

    /** {@link #toString} leaves the note out. */
    record MoveReferralInput(String id, ReferralStatus status, String note) {
        @Override
        public String toString() {
            return "MoveReferralInput[" + id + " → " + status + "]";
        }
    }

    record ReferralFilter(String regionCode, String providerId, List<ReferralStatus> status) {
    }

    record ReferralPayload(Referral referral) {
    }

    @MutationMapping
    ReferralPayload referNeed(@Argument ReferNeedInput input, @ContextValue Caller caller) {
        String note = note(input.note());
        String id = changes.apply(caller, "referNeed", List.of(input.needId(), input.serviceId()),
                change -> referralChanges.refer(change, input.needId(), input.serviceId(), note));
        return new ReferralPayload(referrals.find(id, caller).orElseThrow());
    }

    @MutationMapping
    ReferralPayload moveReferral(@Argument MoveReferralInput input, @ContextValue Caller caller) {
        String note = note(input.note());
        changes.apply(caller, "moveReferral", List.of(input.id()), change -> {
            referralChanges.move(change, input.id(), input.status(), note);
            return input.id();
        });
        return new ReferralPayload(referrals.find(input.id(), caller).orElseThrow());
    }

    @QueryMapping
    Referral referral(@Argument String id, @ContextValue Caller caller) {
        return Visible.orDenied(referrals.find(id, caller).orElse(null), caller, "referral");
    }

    @QueryMapping
    Connection<Connection.Edge<Referral>> referrals(@Argument ReferralFilter filter, @Argument Integer first, @Argument String after,
                                                    @ContextValue Caller caller) {
        Keyset.Slice slice = ReferralRepository.ORDER.slice(first, after);
        ReferralFilter f = filter == null ? new ReferralFilter(null, null, null) : filter;
        ReferralCriteria criteria = new ReferralCriteria(regions.prefixOf(f.regionCode(), "filter.regionCode"), f.providerId(),
                Filters.names(f.status()));
        return Connection.of(referrals.page(criteria, caller, slice), slice, () -> referrals.count(criteria, caller), Connection.Edge::new);
    }

    @BatchMapping(typeName = "Need")
    Map<Need, List<Referral>> referrals(List<Need> needs, @ContextValue Caller caller) {
        Map<String, List<Referral>> byNeed = referrals.ofNeeds(Batches.keys(needs, Need::id), caller).stream()
                .collect(Collectors.groupingBy(Referral::needId));
        return needs.stream().distinct().collect(Collectors.toMap(n -> n, n -> byNeed.getOrDefault(n.id(), List.of())));
    }

    @BatchMapping(typeName = "Referral")
    Map<Referral, Service> service(List<Referral> batch) {
        return Batches.match(batch, Referral::serviceId, providers.services(Batches.keys(batch, Referral::serviceId)));
    }

    @BatchMapping(typeName = "Referral")
    Map<Referral, Provider> provider(List<Referral> batch) {
        return Batches.match(batch, Referral::providerId, providers.byId(Batches.keys(batch, Referral::providerId)));
    }

    @BatchMapping(typeName = "Referral")
    Map<Referral, ServiceCategory> category(List<Referral> batch) {
        return Batches.match(batch, Referral::categoryCode, categories.byCode(Batches.keys(batch, Referral::categoryCode)));
    }

    private static String note(String note) {
        return note == null ? null : Texts.required(note, "input.note", MAX_NOTE);
    }
}

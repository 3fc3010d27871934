package org.zhulian.wish;

import java.time.Clock;
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
import org.zhulian.household.Person;
import org.zhulian.need.Need;
import org.zhulian.household.RegistryRecords;
import org.zhulian.region.Region;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Keyset;
import org.zhulian.system.graphql.Texts;

/**
 * The board, the cards and their casefiles, and the caseworkers' mutations of a wish: input checked
 * here, the change in {@link WishChanges}. Who may call what is declared in the schema.
 */
@Controller
class WishController {

    private final WishChanges wishChanges;
    private final WishRepository wishes;
    private final WishStatistics statistics;
    private final Changes changes;
    private final Regions regions;
    private final RegistryRecords registry;
    private final Clock clock;

    WishController(WishChanges wishChanges, WishRepository wishes, WishStatistics statistics, Changes changes, Regions regions,
                   RegistryRecords registry, Clock clock) {
        this.wishChanges = wishChanges;
        this.wishes = wishes;
        this.statistics = statistics;
        this.changes = changes;
        this.regions = regions;
        this.registry = registry;
        this.clock = clock;
    }

    record WishFilter(String regionCode, List<WishCategory> categories, List<WishStatus> status, Integer maxValue) {
    }

    record WishPayload(Wish wish) {
    }

    @QueryMapping
    Wish wish(@Argument String id, @ContextValue Caller caller) {
        return wishes.find(id, caller).orElse(null);
    }

    @QueryMapping
    Connection<Connection.Edge<Wish>> wishes(@Argument WishFilter filter, @Argument Integer first, @Argument String after,
                                             @ContextValue Caller caller) {
        Keyset.Slice slice = WishRepository.BOARD_ORDER.slice(first, after);
        WishFilter f = filter == null ? new WishFilter(null, null, null, null) : filter;
        if (f.maxValue() != null && f.maxValue() < 0) {
            throw new InvalidInputException("filter.maxValue", "maxValue must not be negative");
        }
        List<String> statuses = f.status() == null || f.status().isEmpty() ? List.of(WishStatus.PUBLISHED.name()) : Filters.names(f.status());
        WishStatistics.requireCommunityAtFinest(f.regionCode(), "filter.regionCode", caller);
        var criteria = new WishRepository.BoardCriteria(regions.prefixOf(f.regionCode(), "filter.regionCode"), statuses,
                Filters.orNull(Filters.names(f.categories())), f.maxValue());
        return Connection.of(wishes.page(criteria, caller, slice), slice, () -> wishes.count(criteria, caller), Connection.Edge::new);
    }

    @QueryMapping
    WishStatistics.WishStats wishStats(@Argument String regionCode, @ContextValue Caller caller) {
        WishStatistics.requireCommunityAtFinest(regionCode, "regionCode", caller);
        return statistics.of(regionCode);
    }

    @MutationMapping
    WishPayload draftWish(@Argument WishInputs.DraftWishInput input, @ContextValue Caller caller) {
        WishChanges.Draft draft = WishInputs.draft(input, clock);
        String id = changes.apply(caller, "draftWish", List.of(input.needId()), change -> wishChanges.draft(change, input.needId(), draft));
        return payload(id, caller);
    }

    @MutationMapping
    WishPayload updateWish(@Argument WishInputs.UpdateWishInput input, @ContextValue Caller caller) {
        WishChanges.Draft draft = WishInputs.corrections(input, clock);
        return change(caller, "updateWish", input.id(), change -> wishChanges.update(change, input.id(), draft));
    }

    @MutationMapping
    WishPayload publishWish(@Argument WishInputs.PublishWishInput input, @ContextValue Caller caller) {
        String note = WishInputs.optional(input.note(), "input.note", WishInputs.MAX_TEXT);
        return change(caller, "publishWish", input.id(), change -> wishChanges.publish(change, input.id(), note));
    }

    @MutationMapping
    WishPayload cancelWish(@Argument WishInputs.CancelWishInput input, @ContextValue Caller caller) {
        String reason = Texts.required(input.reason(), "input.reason", WishInputs.MAX_REASON);
        return change(caller, "cancelWish", input.id(), change -> wishChanges.cancel(change, input.id(), reason));
    }

    @MutationMapping
    WishPayload confirmReceipt(@Argument WishInputs.ConfirmReceiptInput input, @ContextValue Caller caller) {
        String note = Texts.required(input.note(), "input.note", WishInputs.MAX_TEXT);
        return change(caller, "confirmReceipt", input.id(), change -> wishChanges.confirmReceipt(change, input.id(), note));
    }

    @MutationMapping
    WishPayload recordThanks(@Argument WishInputs.RecordThanksInput input, @ContextValue Caller caller) {
        String message = Texts.required(input.message(), "input.message", WishInputs.MAX_TEXT);
        return change(caller, "recordThanks", input.id(), change -> wishChanges.recordThanks(change, input.id(), message));
    }

    @MutationMapping
    WishPayload inviteDonor(@Argument String wishId, @Argument String donorId, @ContextValue Caller caller) {
        return change(caller, "inviteDonor", wishId, change -> wishChanges.invite(change, wishId, donorId));
    }

    @SchemaMapping(typeName = "Wish")
    String thanks(Wish wish, @ContextValue Caller caller) {
        boolean donor = wish.claim() != null && wish.claim().account().equals(caller.user());
        return donor || caller.readsRegistry() ? wish.thanks() : null;
    }

    @BatchMapping(typeName = "Wish")
    Map<Wish, Region> community(List<Wish> batch) {
        return Batches.match(batch, Wish::communityCode, regions.byCode(Batches.keys(batch, Wish::communityCode)));
    }

    @BatchMapping(typeName = "Wish")
    Map<Wish, WishCasefile> casefile(List<Wish> batch, @ContextValue Caller caller) {
        return Batches.match(batch, Wish::id, Batches.index(wishes.casefiles(Batches.keys(batch, Wish::id), caller), WishCasefile::id));
    }

    @BatchMapping(typeName = "WishConsent")
    Map<WishCasefile.WishConsent, Person> person(List<WishCasefile.WishConsent> batch, @ContextValue Caller caller) {
        return Batches.match(batch, WishCasefile.WishConsent::personId,
                Batches.index(registry.persons(Batches.keys(batch, WishCasefile.WishConsent::personId), caller.jurisdiction()), Person::id));
    }

    @BatchMapping(typeName = "Need")
    Map<Need, List<Wish>> wishes(List<Need> needs, @ContextValue Caller caller) {
        Map<String, List<Wish>> byNeed = wishes.ofNeeds(Batches.keys(needs, Need::id), caller).stream()
                .collect(Collectors.groupingBy(Wish::needId));
        return needs.stream().distinct().collect(Collectors.toMap(n -> n, n -> byNeed.getOrDefault(n.id(), List.of())));
    }

    @BatchMapping(typeName = "WishClaim")
    Map<WishClaim, Wish> wish(List<WishClaim> batch, @ContextValue Caller caller) {
        return Batches.match(batch, WishClaim::wishId, Batches.index(wishes.byIds(Batches.keys(batch, WishClaim::wishId), caller), Wish::id));
    }

    private WishPayload change(Caller caller, String action, String id, java.util.function.Consumer<Changes.Change> work) {
        changes.apply(caller, action, List.of(id), change -> {
            work.accept(change);
            return id;
        });
        return payload(id, caller);
    }

    private WishPayload payload(String id, Caller caller) {
        return new WishPayload(wishes.find(id, caller).orElseThrow());
    }
}

package org.zhulian.discovery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.audit.AuditLog;
import org.zhulian.department.Department;
import org.zhulian.department.Departments;
import org.zhulian.household.Household;
import org.zhulian.household.HouseholdLoader;
import org.zhulian.household.Person;
import org.zhulian.household.RegistryRecords;
import org.zhulian.need.Need;
import org.zhulian.need.Needs;
import org.zhulian.region.Region;
import org.zhulian.region.RegionCode;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.security.Masking;
import org.zhulian.security.Role;
import org.zhulian.system.graphql.Batches;
import org.zhulian.system.graphql.Connection;
import org.zhulian.system.graphql.Filters;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Keyset;
import org.zhulian.system.graphql.Texts;

/** {@code warnings} for caseworkers and grid workers of the households' regions, and a grid worker's inbox, {@code myWarnings}. */
@Controller
class WarningController {

    /** A region's warnings, newest first. */
    private static final Keyset NEWEST = Keyset.of("w.createdAt DESC", "w.id");
    /** An inbox: due soonest first, the graver first of those due on one day. */
    private static final Keyset DUE_FIRST = Keyset.of("w.dueDate", "w.level DESC", "w.id");

    private final WarningRepository warnings;
    private final WarningChanges warningChanges;
    private final Changes changes;
    private final Needs needs;
    private final DiscoveryStatistics statistics;
    private final WarningContacts contacts;
    private final AuditLog audit;
    private final RegistryRecords registry;
    private final Departments departments;
    private final Regions regions;
    private final Clock clock;
    private final HouseholdLoader households;

    WarningController(WarningRepository warnings, WarningChanges warningChanges, Changes changes, Needs needs, DiscoveryStatistics statistics,
                      WarningContacts contacts, AuditLog audit,
                      RegistryRecords registry, HouseholdLoader households, Departments departments, Regions regions, Clock clock) {
        this.warnings = warnings;
        this.warningChanges = warningChanges;
        this.changes = changes;
        this.needs = needs;
        this.statistics = statistics;
        this.contacts = contacts;
        this.audit = audit;
        this.registry = registry;
        this.households = households;
        this.departments = departments;
        this.regions = regions;
        this.clock = clock;
    }

    record WarningPayload(Warning warning) {
    }

    @MutationMapping
    WarningPayload reviewWarning(@Argument WarningInputs.ReviewWarningInput input, @ContextValue Caller caller) {
        String note = input.note() == null ? null : Texts.required(input.note(), "input.note", WarningInputs.MAX_ANSWER);
        return change(caller, "reviewWarning", input.id(), change -> warningChanges.review(change, input.id(), input.approve(), note));
    }

    @MutationMapping
    WarningPayload reportVisit(@Argument WarningInputs.ReportVisitInput input, @ContextValue Caller caller) {
        WarningInputs.ReportVisitInput visit = input.checked(LocalDate.now(clock));
        return change(caller, "reportVisit", input.id(), change -> warningChanges.reportVisit(change, visit));
    }

    @MutationMapping
    WarningPayload closeWarning(@Argument WarningInputs.CloseWarningInput input, @ContextValue Caller caller) {
        WarningInputs.CloseWarningInput checked = input.checked(LocalDate.now(clock));
        WarningInputs.CloseWarningInput close = checked.need() == null ? checked : checked.withNeedDescription(
                needs.checkedDescription(checked.need().categoryCode(), checked.need().description(), "input.need"));
        return change(caller, "closeWarning", input.id(), change -> warningChanges.close(change, close));
    }

    @BatchMapping(typeName = "WarningResult")
    Map<Warning.Result, Need> need(List<Warning.Result> batch, @ContextValue Caller caller) {
        return Batches.match(batch, Warning.Result::needId,
                Batches.index(needs.byIds(Batches.keys(batch, Warning.Result::needId), caller.jurisdiction()), Need::id));
    }

    private WarningPayload change(Caller caller, String action, String id, Consumer<Changes.Change> work) {
        changes.apply(caller, action, List.of(id), change -> {
            work.accept(change);
            return id;
        });
        return new WarningPayload(warnings.byId(id, caller.jurisdiction()).orElseThrow());
    }

    record WarningFilter(String regionCode, List<WarningStatus> status, RulePack.WarningClass warningClass, RulePack.Level level,
                         Boolean overdue) {
    }

    @QueryMapping("warnings")
    Connection<Connection.Edge<Warning>> warningList(@Argument WarningFilter filter, @Argument Integer first, @Argument String after,
                                                     @ContextValue Caller caller) {
        Keyset.Slice slice = NEWEST.slice(first, after);
        WarningFilter f = filter == null ? new WarningFilter(null, null, null, null, null) : filter;
        var criteria = new WarningRepository.Criteria(regions.prefixOf(f.regionCode(), "filter.regionCode"), Filters.orNull(Filters.names(f.status())),
                f.warningClass() == null ? null : f.warningClass().name(), f.level() == null ? null : f.level().name(), f.overdue(),
                LocalDate.now(clock));
        return Connection.of(warnings.page(criteria, caller.jurisdiction(), slice), slice,
                () -> warnings.count(criteria, caller.jurisdiction()), Connection.Edge::new);
    }

    /** The warnings dispatched to the grids of the caller, due soonest first. */
    @QueryMapping
    Connection<Connection.Edge<Warning>> myWarnings(@Argument Integer first, @Argument String after, @ContextValue Caller caller) {
        Keyset.Slice slice = DUE_FIRST.slice(first, after);
        var criteria = new WarningRepository.Criteria("", List.of(WarningStatus.DISPATCHED.name()), null, null, null, LocalDate.now(clock));
        return Connection.of(warnings.page(criteria, caller.jurisdiction(), slice), slice,
                () -> warnings.count(criteria, caller.jurisdiction()), Connection.Edge::new);
    }

    @QueryMapping
    DiscoveryStatistics.DiscoveryStats discoveryStats(@Argument String regionCode, @Argument LocalDate from, @Argument LocalDate to,
                                                      @ContextValue Caller caller) {
        String prefix = regions.prefixOf(regionCode, "regionCode");
        if (to.isBefore(from) || to.isAfter(from.plusYears(3))) {
            throw new InvalidInputException("to", "to must lie between from and 3 years after it");
        }
        String code = RegionCode.parse(regionCode, "regionCode").code();
        return statistics.of(regions.byCode(List.of(code)).get(code), caller.jurisdiction().within(prefix), from, to);
    }

    /**
     * The head's phone, in clear for the grid worker of the warning's grid while it is dispatched or
     * visited (the reading is on record with the warning as its purpose), masked otherwise.
     */
    @BatchMapping(typeName = "Warning")
    Map<Warning, String> contactPhone(List<Warning> batch, @ContextValue Caller caller) {
        Map<String, WarningContacts.Head> heads = contacts.heads(Batches.keys(batch, Warning::householdId));
        Map<Warning, String> phones = new HashMap<>();
        for (Warning warning : batch) {
            WarningContacts.Head head = heads.get(warning.householdId());
            if (head == null || head.phone() == null) {
                continue;
            }
            boolean visiting = caller.role() == Role.GRID_WORKER && caller.jurisdiction().includes(warning.gridCode())
                    && (warning.status() == WarningStatus.DISPATCHED || warning.status() == WarningStatus.VISITED);
            if (visiting) {
                audit.recordUnmasked(caller, "Warning.contactPhone", head.personId(), "warning:" + warning.id()).join();
            }
            phones.put(warning, visiting ? head.phone() : Masking.phone(head.phone()));
        }
        return phones;
    }

    @BatchMapping(typeName = "Warning")
    Map<Warning, Region> escalatedTo(List<Warning> batch) {
        return Batches.match(batch, Warning::escalatedTo, regions.byCode(Batches.keys(batch, Warning::escalatedTo)));
    }

    @SchemaMapping(typeName = "Warning")
    boolean overdue(Warning warning) {
        return warning.overdueOn(LocalDate.now(clock));
    }

    @SchemaMapping(typeName = "Warning")
    CompletableFuture<Household> household(Warning warning, DataFetchingEnvironment field) {
        return households.household(warning.householdId(), field);
    }

    @BatchMapping(typeName = "WarningEvidence")
    Map<Warning.Evidence, Department> department(List<Warning.Evidence> batch) {
        return Batches.match(batch, Warning.Evidence::departmentCode, departments.byCode());
    }

    @BatchMapping(typeName = "WarningEvidence")
    Map<Warning.Evidence, Person> person(List<Warning.Evidence> batch, @ContextValue Caller caller) {
        return Batches.match(batch, Warning.Evidence::personId,
                Batches.index(registry.persons(Batches.keys(batch, Warning.Evidence::personId), caller.jurisdiction()), Person::id));
    }
}

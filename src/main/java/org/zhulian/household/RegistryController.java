package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Point;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.household.RegistryInputs.AddMemberInput;
import org.zhulian.household.RegistryInputs.AssignLabelInput;
import org.zhulian.household.RegistryInputs.EndLabelInput;
import org.zhulian.household.RegistryInputs.MoveHouseholdInput;
import org.zhulian.household.RegistryInputs.RegisterHouseholdInput;
import org.zhulian.household.RegistryInputs.RemoveMemberInput;
import org.zhulian.household.RegistryInputs.UpdateHouseholdInput;
import org.zhulian.household.RegistryInputs.UpdatePersonInput;
import org.zhulian.region.RegionLevel;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.GeoPoint;
import org.zhulian.system.graphql.ForbiddenException;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * The registry's mutations. Input is checked here, before any transaction; the change itself is the
 * work of a {@link Changes} transaction in {@link Registry}, which puts it on record. Who may call
 * them is declared in the schema ({@code REGISTRY_WRITE}); refusals and failures are recorded by
 * the access mechanism.
 */
@Controller
class RegistryController {

    private final Registry registry;
    private final Changes changes;
    private final HouseholdRepository households;
    private final Regions regions;
    private final Clock clock;

    RegistryController(Registry registry, Changes changes, HouseholdRepository households, Regions regions, Clock clock) {
        this.registry = registry;
        this.changes = changes;
        this.households = households;
        this.regions = regions;
        this.clock = clock;
    }

    /** The household after a change. */
    record HouseholdPayload(Household household) {
    }

    /** The person after a change. */
    record PersonPayload(Person person) {
    }

    @MutationMapping
    HouseholdPayload registerHousehold(@Argument RegisterHouseholdInput input, @ContextValue Caller caller) {
        String grid = grid(input.gridCode(), caller);
        String address = Validation.text(input.address(), "input.address", Validation.MAX_TEXT);
        Map<String, Object> head = Validation.person(input.head(), "input.head", today());
        Point location = location(input.location());
        return household(changes.apply(caller, "registerHousehold", List.of(),
                change -> registry.register(change, grid, address, location, input.residence(), head)), caller);
    }

    @MutationMapping
    HouseholdPayload updateHousehold(@Argument UpdateHouseholdInput input, @ContextValue Caller caller) {
        Map<String, Object> updates = new HashMap<>();
        if (input.address() != null) {
            updates.put("address", Validation.text(input.address(), "input.address", Validation.MAX_TEXT));
        }
        if (!input.location().isOmitted()) {
            updates.put("location", location(input.location().value()));
        }
        if (input.residence() != null) {
            updates.put("residence", input.residence());
        }
        changes.apply(caller, "updateHousehold", List.of(input.id()), change -> {
            registry.updateHousehold(change, input.id(), updates);
            return input.id();
        });
        return household(input.id(), caller);
    }

    @MutationMapping
    PersonPayload addMember(@Argument AddMemberInput input, @ContextValue Caller caller) {
        Map<String, Object> person = Validation.person(input.person(), "input.person", today());
        return person(changes.apply(caller, "addMember", List.of(input.householdId()),
                change -> registry.addMember(change, input.householdId(), input.role(), person)), caller);
    }

    @MutationMapping
    PersonPayload updatePerson(@Argument UpdatePersonInput input, @ContextValue Caller caller) {
        Map<String, Object> updates = new HashMap<>();
        if (input.name() != null) {
            updates.put("name", Validation.text(input.name(), "input.name", Validation.MAX_NAME));
        }
        if (!input.phone().isOmitted()) {
            updates.put("phone", input.phone().isPresent() ? PhoneNumber.normalise(input.phone().value(), "input.phone") : null);
        }
        if (!input.disability().isOmitted()) {
            updates.putAll(Validation.disability(input.disability().value(), "input.disability"));
        }
        if (!input.health().isOmitted()) {
            updates.put("health", input.health().value());
        }
        if (!input.employment().isOmitted()) {
            updates.put("employment", input.employment().value());
        }
        if (!input.monthlyIncome().isOmitted()) {
            updates.put("monthlyIncome", Validation.income(input.monthlyIncome().value(), "input.monthlyIncome"));
        }
        var identity = new Registry.Identity(input.idNumber(), input.birthDate(), input.gender());
        changes.apply(caller, "updatePerson", List.of(input.id()), change -> {
            registry.updatePerson(change, input.id(), new HashMap<>(updates), identity, input.role(), input.formerHeadRole());
            return input.id();
        });
        return person(input.id(), caller);
    }

    @MutationMapping
    HouseholdPayload removeMember(@Argument RemoveMemberInput input, @ContextValue Caller caller) {
        String reason = Validation.text(input.reason(), "input.reason", Validation.MAX_TEXT);
        return household(changes.apply(caller, "removeMember", List.of(input.personId()),
                change -> registry.removeMember(change, input.personId(), reason)), caller);
    }

    @MutationMapping
    HouseholdPayload moveHousehold(@Argument MoveHouseholdInput input, @ContextValue Caller caller) {
        String grid = grid(input.gridCode(), caller);
        String address = Validation.text(input.address(), "input.address", Validation.MAX_TEXT);
        Point location = location(input.location());
        changes.apply(caller, "moveHousehold", List.of(input.id(), grid), change -> {
            registry.move(change, input.id(), grid, address, location);
            return input.id();
        });
        return household(input.id(), caller);
    }

    @MutationMapping
    HouseholdPayload assignLabel(@Argument AssignLabelInput input, @ContextValue Caller caller) {
        LocalDate since = input.since() == null ? today() : input.since();
        return household(changes.apply(caller, "assignLabel", List.of(input.holderId(), input.labelCode()),
                change -> registry.assignLabel(change, input.labelCode(), input.holderId(), since, input.sourceCode())), caller);
    }

    @MutationMapping
    HouseholdPayload endLabel(@Argument EndLabelInput input, @ContextValue Caller caller) {
        LocalDate until = input.until() == null ? today() : input.until();
        return household(changes.apply(caller, "endLabel", List.of(input.holderId(), input.labelCode()),
                change -> registry.endLabel(change, input.labelCode(), input.holderId(), until)), caller);
    }

    /** A grid in the caller's jurisdiction, for a household to live in. */
    private String grid(String argument, Caller caller) {
        String code = regions.prefixOf(argument, "input.gridCode");
        if (code.length() != RegionLevel.GRID.prefixLength()) {
            throw new InvalidInputException("input.gridCode", "A household belongs to a grid: give the grid's 15-digit code");
        }
        if (!caller.jurisdiction().includes(code)) {
            throw new ForbiddenException("This grid lies outside your jurisdiction");
        }
        return code;
    }

    private static Point location(GeoPoint location) {
        return location == null ? null : location.inChina("input.location");
    }

    private HouseholdPayload household(String id, Caller caller) {
        return new HouseholdPayload(households.households(List.of(id), caller.jurisdiction()).getFirst());
    }

    private PersonPayload person(String id, Caller caller) {
        return new PersonPayload(households.persons(List.of(id), caller.jurisdiction()).getFirst());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.types.Point;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.audit.Access;
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
 * The registry's mutations. Input is checked here, before any transaction; the change itself runs in
 * {@link Registry}. Whatever the outcome, the attempt is on record: a change with its transaction, a
 * refusal for role or jurisdiction as DENIED, invalid input as REJECTED.
 */
@Controller
class RegistryController {

    private final Registry registry;
    private final HouseholdRepository households;
    private final Regions regions;
    private final Access access;
    private final Clock clock;

    RegistryController(Registry registry, HouseholdRepository households, Regions regions, Access access, Clock clock) {
        this.registry = registry;
        this.households = households;
        this.regions = regions;
        this.access = access;
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
        return change(caller, "registerHousehold", List.of(), () -> {
            String grid = grid(input.gridCode(), caller, "registerHousehold");
            String address = Validation.text(input.address(), "input.address", Validation.MAX_TEXT);
            Map<String, Object> head = Validation.person(input.head(), "input.head", today());
            return household(registry.register(caller, grid, address, location(input.location()), input.residence(), head), caller);
        });
    }

    @MutationMapping
    HouseholdPayload updateHousehold(@Argument UpdateHouseholdInput input, @ContextValue Caller caller) {
        return change(caller, "updateHousehold", List.of(input.id()), () -> {
            Map<String, Object> changes = new HashMap<>();
            if (input.address() != null) {
                changes.put("address", Validation.text(input.address(), "input.address", Validation.MAX_TEXT));
            }
            if (!input.location().isOmitted()) {
                changes.put("location", location(input.location().value()));
            }
            if (input.residence() != null) {
                changes.put("residence", input.residence());
            }
            registry.updateHousehold(caller, input.id(), changes);
            return household(input.id(), caller);
        });
    }

    @MutationMapping
    PersonPayload addMember(@Argument AddMemberInput input, @ContextValue Caller caller) {
        return change(caller, "addMember", List.of(input.householdId()), () -> {
            Map<String, Object> person = Validation.person(input.person(), "input.person", today());
            return person(registry.addMember(caller, input.householdId(), input.role(), person), caller);
        });
    }

    @MutationMapping
    PersonPayload updatePerson(@Argument UpdatePersonInput input, @ContextValue Caller caller) {
        return change(caller, "updatePerson", List.of(input.id()), () -> {
            Map<String, Object> changes = new HashMap<>();
            if (input.name() != null) {
                changes.put("name", Validation.text(input.name(), "input.name", Validation.MAX_NAME));
            }
            if (!input.phone().isOmitted()) {
                changes.put("phone", input.phone().isPresent() ? PhoneNumber.normalise(input.phone().value(), "input.phone") : null);
            }
            if (!input.disability().isOmitted()) {
                changes.putAll(Validation.disability(input.disability().value(), "input.disability"));
            }
            if (!input.health().isOmitted()) {
                changes.put("health", input.health().value());
            }
            if (!input.employment().isOmitted()) {
                changes.put("employment", input.employment().value());
            }
            if (!input.monthlyIncome().isOmitted()) {
                changes.put("monthlyIncome", Validation.income(input.monthlyIncome().value(), "input.monthlyIncome"));
            }
            registry.updatePerson(caller, input.id(), changes,
                    new Registry.Identity(input.idNumber(), input.birthDate(), input.gender()), input.role());
            return person(input.id(), caller);
        });
    }

    @MutationMapping
    HouseholdPayload removeMember(@Argument RemoveMemberInput input, @ContextValue Caller caller) {
        return change(caller, "removeMember", List.of(input.personId()), () -> {
            String reason = Validation.text(input.reason(), "input.reason", Validation.MAX_TEXT);
            return household(registry.removeMember(caller, input.personId(), reason), caller);
        });
    }

    @MutationMapping
    HouseholdPayload moveHousehold(@Argument MoveHouseholdInput input, @ContextValue Caller caller) {
        return change(caller, "moveHousehold", List.of(input.id()), () -> {
            String grid = grid(input.gridCode(), caller, "moveHousehold");
            String address = Validation.text(input.address(), "input.address", Validation.MAX_TEXT);
            registry.move(caller, input.id(), grid, address, location(input.location()));
            return household(input.id(), caller);
        });
    }

    @MutationMapping
    HouseholdPayload assignLabel(@Argument AssignLabelInput input, @ContextValue Caller caller) {
        return change(caller, "assignLabel", List.of(input.holderId(), input.labelCode()), () -> household(
                registry.assignLabel(caller, input.labelCode(), input.holderId(), input.since() == null ? today() : input.since(),
                        input.sourceCode()), caller));
    }

    @MutationMapping
    HouseholdPayload endLabel(@Argument EndLabelInput input, @ContextValue Caller caller) {
        return change(caller, "endLabel", List.of(input.holderId(), input.labelCode()), () -> household(
                registry.endLabel(caller, input.labelCode(), input.holderId(), input.until() == null ? today() : input.until()), caller));
    }

    /**
     * Runs a change through {@link Access#change}, turning a record out of reach into the recorded
     * FORBIDDEN and a clash with a concurrent change (a unique constraint) into invalid input.
     */
    private <T> T change(Caller caller, String action, List<String> subjectIds, Supplier<T> change) {
        return access.change(caller, action, subjectIds, () -> {
            try {
                return change.get();
            } catch (Registry.NotVisible notVisible) {
                throw access.notVisible(caller, action, notVisible.what(), notVisible.id());
            } catch (DataIntegrityViolationException conflict) {
                throw new InvalidInputException("input", "Conflicts with a change saved at the same moment; reload and try again");
            }
        });
    }

    /** A grid in the caller's jurisdiction, for a household to live in. */
    private String grid(String argument, Caller caller, String action) {
        String code = regions.prefixOf(argument, "input.gridCode");
        if (code.length() != RegionLevel.GRID.prefixLength()) {
            throw new InvalidInputException("input.gridCode", "A household belongs to a grid: give the grid's 15-digit code");
        }
        if (!caller.covers(code)) {
            throw access.deny(caller, action, List.of(code), new ForbiddenException("This grid lies outside your jurisdiction"));
        }
        return code;
    }

    private static Point location(GeoPoint location) {
        return location == null ? null : Validation.location(location, "input.location");
    }

    private HouseholdPayload household(String id, Caller caller) {
        return new HouseholdPayload(households.households(List.of(id), caller.prefixes()).getFirst());
    }

    private PersonPayload person(String id, Caller caller) {
        return new PersonPayload(households.persons(List.of(id), caller.prefixes()).getFirst());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

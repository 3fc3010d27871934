package org.zhulian.household;

import java.time.LocalDate;

import org.springframework.graphql.data.ArgumentValue;
import org.zhulian.system.GeoPoint;

/** The inputs of the registry's mutations, as the schema defines them. */
final class RegistryInputs {

    private RegistryInputs() {
    }

    record PersonInput(String name, String gender, LocalDate birthDate, String idNumber, String phone,
                       Disability disability, String health, String employment, Double monthlyIncome) {
    }

    record RegisterHouseholdInput(String gridCode, String address, GeoPoint location, String residence, PersonInput head) {
    }

    /** {@code location} omitted stays as it is; given as null, it is cleared. */
    record UpdateHouseholdInput(String id, String address, ArgumentValue<GeoPoint> location, String residence) {
    }

    record AddMemberInput(String householdId, MemberRole role, PersonInput person) {
    }

    /** Fields omitted stay as they are; the optional ones given as null are cleared. */
    record UpdatePersonInput(String id, String name, String idNumber, String gender, LocalDate birthDate,
                             ArgumentValue<String> phone, ArgumentValue<Disability> disability, ArgumentValue<String> health,
                             ArgumentValue<String> employment, ArgumentValue<Double> monthlyIncome, MemberRole role,
                             MemberRole formerHeadRole) {
    }

    record RemoveMemberInput(String personId, String reason) {
    }

    record MoveHouseholdInput(String id, String gridCode, String address, GeoPoint location) {
    }

    record AssignLabelInput(String labelCode, String holderId, LocalDate since, String sourceCode) {
    }

    record EndLabelInput(String labelCode, String holderId, LocalDate until) {
    }
}

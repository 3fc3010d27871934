package org.zhulian.household;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * The checks on what caseworkers type, made before any transaction starts. Each failure names the
 * field and never quotes the value, which may be personal data.
 */
final class Validation {

    static final int MAX_NAME = 50;
    static final int MAX_TEXT = 200;

    private Validation() {
    }

    /** The text stripped, 1 to {@code max} characters, at least one visible (see {@link Texts}). */
    static String text(String value, String field, int max) {
        return Texts.required(value, field, max);
    }

    /** The properties of a new person, checked one against the other. */
    static Map<String, Object> person(RegistryInputs.PersonInput input, String field, LocalDate today) {
        IdentityNumber id = IdentityNumber.parse(input.idNumber(), field + ".idNumber", today);
        id.requireAgrees(input.birthDate(), input.gender(), field + ".birthDate", field + ".gender");
        Map<String, Object> properties = new HashMap<>();
        properties.put("name", text(input.name(), field + ".name", MAX_NAME));
        properties.put("gender", id.gender());
        properties.put("birthDate", id.birthDate());
        properties.put("idNumber", id.value());
        properties.put("phone", input.phone() == null ? null : PhoneNumber.normalise(input.phone(), field + ".phone"));
        properties.putAll(disability(input.disability(), field + ".disability"));
        properties.put("health", input.health());
        properties.put("employment", input.employment());
        properties.put("monthlyIncome", income(input.monthlyIncome(), field + ".monthlyIncome"));
        return properties;
    }

    /** {@code disabilityType} and {@code disabilityGrade}, both null when there is none. */
    static Map<String, Object> disability(Disability disability, String field) {
        Map<String, Object> properties = new HashMap<>();
        if (disability != null && disability.grade() != null && (disability.grade() < 1 || disability.grade() > 4)) {
            throw new InvalidInputException(field + ".grade", "grade must be between 1 and 4");
        }
        properties.put("disabilityType", disability == null ? null : disability.type());
        properties.put("disabilityGrade", disability == null ? null : disability.grade());
        return properties;
    }

    static Double income(Double income, String field) {
        if (income != null && (income < 0 || income.isNaN() || income.isInfinite())) {
            throw new InvalidInputException(field, "monthlyIncome must not be negative");
        }
        return income;
    }
}

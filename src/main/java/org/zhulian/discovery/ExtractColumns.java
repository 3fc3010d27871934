package org.zhulian.discovery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhulian.system.graphql.InvalidInputException;

/**
 * The columns of a department extract: its header names the fields of {@code DepartmentEventInput}
 * (the feed's input, so a feed and an extract say the same things the same way), in any order;
 * {@code recordId}, {@code type}, {@code idNumber} and {@code occurredOn} are required, and
 * {@code department} unless the import names it for every row. An empty field is an absent value.
 * Dates are ISO ({@code 2026-03-15}) or basic ({@code 20260315}), as department systems export them;
 * {@code inpatient} is {@code true}/{@code false} or {@code 1}/{@code 0}.
 */
final class ExtractColumns {

    static final List<String> NAMES = List.of("department", "recordId", "type", "idNumber", "occurredOn", "amount", "inpatient",
            "disabilityType", "disabilityGrade", "incomeBefore", "incomeAfter", "note", "regionCode");
    private static final Set<String> REQUIRED = Set.of("recordId", "type", "idNumber", "occurredOn");

    private final Map<String, Integer> index = new HashMap<>();
    private final int width;
    private final String department;

    /**
     * The columns of this header line, for rows whose department is {@code department} when they do not say (null: each row says).
     *
     * @throws IllegalArgumentException naming what is wrong with the header: the import cannot start
     */
    ExtractColumns(List<String> header, String department) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown column \"" + name + "\" in the header: the columns are " + String.join(", ", NAMES));
            }
            if (index.put(name, i) != null) {
                throw new IllegalArgumentException("The header names the column " + name + " twice");
            }
        }
        List<String> missing = new ArrayList<>(REQUIRED.stream().filter(name -> !index.containsKey(name)).sorted().toList());
        if (department == null && !index.containsKey("department")) {
            missing.add("department (or name it for every row with --department)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The header lacks the column(s) " + String.join(", ", missing));
        }
        this.width = header.size();
        this.department = department;
    }

    /** The record id a row gives, for the summary of a rejected row (cut to the longest a record id may be). */
    String recordId(List<String> fields) {
        return shortened(value(fields, "recordId"));
    }

    /** A record id as a summary lists it: cut to the longest a record id may be, "" for none. */
    static String shortened(String recordId) {
        return recordId == null ? "" : recordId.substring(0, Math.min(recordId.length(), EventRows.MAX_RECORD_ID));
    }

    /**
     * The row as the feed's input.
     *
     * @throws InvalidInputException naming the field that does not parse
     */
    EventRows.DepartmentEventInput event(List<String> fields) {
        if (fields.size() != width) {
            throw new InvalidInputException("row", "The row has " + fields.size() + " fields, the header " + width);
        }
        String ownDepartment = value(fields, "department");
        return new EventRows.DepartmentEventInput(ownDepartment == null ? department : ownDepartment, value(fields, "recordId"),
                type(value(fields, "type")), value(fields, "idNumber"), date(value(fields, "occurredOn")), number(fields, "amount"),
                bool(value(fields, "inpatient")), value(fields, "disabilityType"), integer(fields, "disabilityGrade"),
                number(fields, "incomeBefore"), number(fields, "incomeAfter"), value(fields, "note"), value(fields, "regionCode"));
    }

    private String value(List<String> fields, String column) {
        Integer at = index.get(column);
        if (at == null || at >= fields.size()) {
            return null;
        }
        String value = fields.get(at).strip();
        return value.isEmpty() ? null : value;
    }

    private static DepartmentEventType type(String value) {
        try {
            return DepartmentEventType.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new InvalidInputException("type", "type must be one of " + List.of(DepartmentEventType.values()));
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            throw new InvalidInputException("occurredOn", "occurredOn is required");
        }
        try {
            return LocalDate.parse(value, value.length() == 8 ? DateTimeFormatter.BASIC_ISO_DATE : DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException("occurredOn", "occurredOn is a date like 2026-03-15 or 20260315");
        }
    }

    private Double number(List<String> fields, String column) {
        String value = value(fields, column);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(column, column + " is a number of yuan, like 1234.50");
        }
    }

    private Integer integer(List<String> fields, String column) {
        String value = value(fields, column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(column, column + " is a whole number");
        }
    }

    private static Boolean bool(String value) {
        return switch (value == null ? "" : value) {
            case "" -> null;
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidInputException("inpatient", "inpatient is true or false (1 or 0)");
        };
    }
}

package org.zhulian.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import org.zhulian.household.IdentityNumber;
import org.zhulian.region.RegionCode;
import org.zhulian.security.KeyedHash;
import org.zhulian.security.Masking;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * A batch of department records checked row by row, before any transaction: each row becomes what
 * is stored, or a refusal naming its index and field. What is stored never holds the ID number: a
 * matched event points to the person, an unmatched one keeps a keyed hash (to match it once the
 * person is registered) and the masked form (its region). A row's fingerprint is a hash of all it
 * says (keyed, like the ID number's hash), so the same record sent again is told from a different
 * record under the same id.
 */
final class EventRows {

    static final int MAX_BATCH = 10_000;
    static final int MAX_RECORD_ID = 64;
    static final int MAX_NOTE = 500;
    static final double MAX_AMOUNT = 100_000_000;
    static final Set<String> DISABILITY_TYPES = Set.of("肢体", "视力", "听力", "言语", "智力", "精神", "多重");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private EventRows() {
    }

    /** {@code toString} leaves the ID number and the note out. */
    record DepartmentEventInput(String department, String recordId, DepartmentEventType type, String idNumber, LocalDate occurredOn,
                                Double amount, Boolean inpatient, String disabilityType, Integer disabilityGrade, Double incomeBefore,
                                Double incomeAfter, String note, String regionCode) {
        @Override
        public String toString() {
            return "DepartmentEventInput[" + department + " " + type + "]";
        }
    }

    record Rejected(int index, String field, String message) {
    }

    /** What a batch comes to: the rows to store (each with its index) and the refusals. */
    record Checked(List<Map<String, Object>> rows, List<Rejected> rejected) {
    }

    static Checked check(List<DepartmentEventInput> events, Set<String> departments, Predicate<String> sendsFor, Predicate<String> knownRegion,
                         KeyedHash hash, LocalDate today) {
        if (events.size() > MAX_BATCH) {
            throw new InvalidInputException("events", "At most " + MAX_BATCH + " events a batch, not " + events.size());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                Map<String, Object> row = row(i, events.get(i), departments, sendsFor, knownRegion, hash, today);
                if (!keys.add(row.get("key"))) {
                    throw new InvalidInputException("recordId", "The batch holds this record id twice: send a record once");
                }
                rows.add(row);
            } catch (InvalidInputException refused) {
                rejected.add(new Rejected(i, refused.field(), refused.getMessage()));
            }
        }
        return new Checked(rows, rejected);
    }

    private static Map<String, Object> row(int index, DepartmentEventInput event, Set<String> departments, Predicate<String> sendsFor,
                                           Predicate<String> knownRegion, KeyedHash hash, LocalDate today) {
        if (!departments.contains(event.department())) {
            throw new InvalidInputException("department", "Unknown department code: see departments");
        }
        if (!sendsFor.test(event.department())) {
            throw new InvalidInputException("department", "This feed sends the records of its own department only");
        }
        String recordId = Texts.required(event.recordId(), "recordId", MAX_RECORD_ID);
        String idNumber = IdentityNumber.parse(event.idNumber(), "idNumber", today).value();
        if (event.occurredOn().isAfter(today) || event.occurredOn().isBefore(EARLIEST)) {
            throw new InvalidInputException("occurredOn", "occurredOn must lie between 1900 and today");
        }
        DepartmentEventType type = event.type();
        Double amount = yuan(event.amount(), "amount");
        if (type.needsAmount() && amount == null) {
            throw new InvalidInputException("amount", "A " + type + " record says how much: amount is required");
        }
        Map<String, Object> details = new TreeMap<>();
        details.put("amount", amount);
        switch (type) {
            case MEDICAL_SELF_PAY -> details.put("inpatient", event.inpatient());
            case DISABILITY_CERTIFICATE -> {
                if (event.disabilityType() == null || !DISABILITY_TYPES.contains(event.disabilityType())) {
                    throw new InvalidInputException("disabilityType", "disabilityType must be one of " + String.join("、", DISABILITY_TYPES));
                }
                if (event.disabilityGrade() == null || event.disabilityGrade() < 1 || event.disabilityGrade() > 4) {
                    throw new InvalidInputException("disabilityGrade", "disabilityGrade must be 1 (most severe) to 4");
                }
                details.put("disabilityType", event.disabilityType());
                details.put("disabilityGrade", event.disabilityGrade());
            }
            case INCOME_CHANGE -> {
                details.put("incomeBefore", required(yuan(event.incomeBefore(), "incomeBefore"), "incomeBefore", type));
                details.put("incomeAfter", required(yuan(event.incomeAfter(), "incomeAfter"), "incomeAfter", type));
            }
            default -> {
            }
        }
        String note = event.note() == null ? null : Texts.required(event.note(), "note", MAX_NOTE);
        if (type == DepartmentEventType.GRID_REPORT && note == null) {
            throw new InvalidInputException("note", "A grid report says what was noticed: note is required");
        }
        details.put("note", note);
        // Without the department's region an unmatched event is listed under no region (""), which only
        // the whole tree's view holds: an ID number's district is where the person was first registered,
        // not where they live.
        String region = event.regionCode() == null ? "" : RegionCode.parse(event.regionCode(), "regionCode").code();
        if (!region.isEmpty() && !knownRegion.test(region)) {
            throw new InvalidInputException("regionCode", "Unknown region code");
        }
        Map<String, Object> properties = new HashMap<>(details);
        properties.values().removeIf(v -> v == null);
        properties.put("department", event.department());
        properties.put("recordId", recordId);
        properties.put("type", type.name());
        properties.put("occurredOn", event.occurredOn());
        properties.put("regionCode", region);
        // Keyed, like the ID number's own hash: a plain hash of a record holding an ID number could be reversed by trying numbers.
        String fingerprint = hash.of(String.join("\u001f", event.department(), recordId, type.name(), idNumber,
                event.occurredOn().toString(), region, details.toString()));
        properties.put("fingerprint", fingerprint);
        Map<String, Object> row = new HashMap<>();
        row.put("index", index);
        row.put("key", event.department() + "/" + recordId);
        row.put("id", UUID.randomUUID().toString());
        row.put("idNumber", idNumber);
        row.put("idHash", hash.of(idNumber));
        row.put("idMasked", Masking.idNumber(idNumber));
        row.put("properties", properties);
        return row;
    }

    private static Double yuan(Double value, String field) {
        if (value != null && (value.isNaN() || value < 0 || value > MAX_AMOUNT)) {
            throw new InvalidInputException(field, field + " must be 0 to " + (long) MAX_AMOUNT + " yuan");
        }
        return value;
    }

    private static Double required(Double value, String field, DepartmentEventType type) {
        if (value == null) {
            throw new InvalidInputException(field, "A " + type + " record says " + field);
        }
        return value;
    }
}

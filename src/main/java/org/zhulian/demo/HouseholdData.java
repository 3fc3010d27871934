package org.zhulian.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One household as the loader writes it, generated or read from {@code seed/stories.json}: the
 * household, its members with their kinship, its label assignments and its needs.
 */
record HouseholdData(String id, String address, LatLon location, String residence, String gridCode,
                     List<Member> members, List<Kin> kin, List<Assignment> labels, List<NeedData> needs) {

    String communityCode() {
        return gridCode.substring(0, 12);
    }

    /** A member; {@code role} and {@code since} describe the membership. */
    record Member(String id, String name, String gender, LocalDate birthDate, String idNumber, String phone,
                  String disabilityType, Integer disabilityGrade, String health, String employment,
                  int monthlyIncome, String role, LocalDate since, List<Assignment> labels) {
    }

    /** {@code to} is {@code from}'s {@code relation}; stored once per direction. */
    record Kin(String from, String to, String relation) {
    }

    /** A label assignment; {@code until} null while current. */
    record Assignment(String code, LocalDate since, LocalDate until, String source) {
    }

    /** A need; {@code concerns} is the member it is about, or null for the whole household. */
    record NeedData(String id, String categoryCode, String description, String urgency, String status,
                    OffsetDateTime created, String concerns) {

        /** A met need was met a week to two months after it was recorded, and not after the demo's day. */
        OffsetDateTime closedAt() {
            if (!"MET".equals(status)) {
                return null;
            }
            OffsetDateTime met = created.plusDays(7 + Math.floorMod(id.hashCode(), 54));
            OffsetDateTime last = HouseholdGenerator.AS_OF.atTime(18, 0).atOffset(created.getOffset());
            return met.isAfter(last) ? last : met;
        }
    }

    /** The relation seen from the other side: PARENT ↔ CHILD, SPOUSE ↔ SPOUSE… */
    static String inverse(String relation) {
        return switch (relation) {
            case "PARENT" -> "CHILD";
            case "CHILD" -> "PARENT";
            case "GRANDPARENT" -> "GRANDCHILD";
            case "GRANDCHILD" -> "GRANDPARENT";
            case "PARENT_IN_LAW" -> "CHILD_IN_LAW";
            case "CHILD_IN_LAW" -> "PARENT_IN_LAW";
            default -> relation;
        };
    }
}

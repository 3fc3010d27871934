package org.zhulian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The attacker's count: from everything a caller without {@code pii:unmask} can read about a
 * person, how many ID numbers that pass GB 11643, and how many phone numbers, are still possible?
 * At least 10,000 of each, for every person such callers can see.
 */
@IntegrationTest
class MaskingCandidatesIT {

    static final int AT_LEAST = 10_000;
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String EVERYTHING = """
            query($region: ID) { persons(filter: {regionCode: $region}, first: 100) { edges { node {
              id idNumber phone birthDate age gender household { regionPath { code } }
              kin { relation person { idNumber birthDate age } } } } } }""";

    @Autowired
    GraphQlHttp graphQl;

    @Test
    void noCallerWithoutTheAuthorityCanNarrowAPersonDown() {
        for (var caller : List.of(Map.entry("partner-hotline", "330203"), Map.entry("caseworker-shiqi", "330203009"),
                Map.entry("grid-330203009005001", "330203009005001"))) {
            JsonNode edges = graphQl.as(caller.getKey()).post(EVERYTHING, Map.of("region", caller.getValue())).ok().path("persons").path("edges");
            assertThat(edges).as(caller.getKey()).isNotEmpty();
            for (JsonNode edge : edges) {
                JsonNode person = edge.path("node");
                assertThat(idNumbers(person)).as("ID numbers left for a person seen by %s", caller.getKey()).isGreaterThanOrEqualTo(AT_LEAST);
                if (!person.path("phone").isNull()) {
                    assertThat(mobiles(person.path("phone").asString())).as("phones left, seen by %s", caller.getKey())
                            .isGreaterThanOrEqualTo(AT_LEAST);
                }
            }
        }
    }

    @Test
    void theCountWouldCatchTheMaskThatKeepsTheLastFourDigits() {
        JsonNode seen = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                .put("idNumber", "330203********2130").put("age", 40).put("gender", "MALE").putNull("birthDate");

        assertThat(idNumbers(seen)).isLessThan(100);
    }

    /**
     * Valid ID numbers that agree with the visible digits, the age today, the gender and, if shown,
     * the birth date: every real date of the age window, every sequence number of the gender, and
     * the check digit those make.
     */
    static long idNumbers(JsonNode person) {
        String mask = person.path("idNumber").asString();
        int age = person.path("age").asInt();
        LocalDate today = LocalDate.now();
        LocalDate shown = person.path("birthDate").isNull() || person.path("birthDate").isMissingNode() ? null
                : LocalDate.parse(person.path("birthDate").asString());
        boolean male = "MALE".equals(person.path("gender").asString());
        long count = 0;
        for (LocalDate born = today.minusYears(age + 1L).plusDays(1); !born.isAfter(today.minusYears(age)); born = born.plusDays(1)) {
            if (shown != null && !shown.equals(born) || Period.between(born, today).getYears() != age) {
                continue;
            }
            String date = born.toString().replace("-", "");
            if (!agrees(mask, 6, date)) {
                continue;
            }
            for (int sequence = 0; sequence < 1000; sequence++) {
                if (sequence % 2 == 1 != male) {
                    continue;
                }
                String body = mask.substring(0, 6) + date + String.format("%03d", sequence);
                if (body.substring(0, 6).contains("*") || !agrees(mask, 14, body.substring(14))) {
                    continue;
                }
                if (agrees(mask, 17, String.valueOf(check(body)))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Mainland mobiles (1, then 3 to 9, then nine digits) that agree with the visible digits. */
    static long mobiles(String mask) {
        if (mask.length() != 11) {
            return (long) Math.pow(10, mask.chars().filter(c -> c == '*').count());
        }
        long count = 0;
        for (int prefix = 100; prefix < 200; prefix++) {
            String head = String.valueOf(prefix);
            if (head.charAt(1) >= '3' && agrees(mask, 0, head)) {
                count++;
            }
        }
        return count * (long) Math.pow(10, mask.substring(3).chars().filter(c -> c == '*').count());
    }

    private static boolean agrees(String mask, int from, String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char shown = mask.charAt(from + i);
            if (shown != '*' && shown != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char check(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}

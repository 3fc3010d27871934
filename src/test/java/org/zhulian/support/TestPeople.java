package org.zhulian.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code PersonInput}s for mutation tests, with valid ID numbers that no demo person has: a Beijing
 * division code and a sequence of this test run, agreeing with the birth date and gender given.
 */
public final class TestPeople {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger sequence = new AtomicInteger(100);

    private TestPeople() {
    }

    public static Map<String, Object> person(String name, LocalDate birthDate, boolean male) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("gender", male ? "MALE" : "FEMALE");
        person.put("birthDate", birthDate.toString());
        person.put("idNumber", idNumber(birthDate, male));
        return person;
    }

    public static String idNumber(LocalDate birthDate, boolean male) {
        int seq = sequence.addAndGet(2) % 1000;
        String body = "110105" + birthDate.toString().replace("-", "") + String.format("%03d", seq - seq % 2 + (male ? 1 : 0));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}

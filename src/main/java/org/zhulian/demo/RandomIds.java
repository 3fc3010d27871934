package org.zhulian.demo;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Version-4 UUIDs drawn from the demo's seeded random rather than {@link UUID#randomUUID()}, so the
 * same seed gives the same ids and a README or test can name a generated node.
 */
final class RandomIds {

    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159", "170", "173", "176", "177", "180", "181",
        "182", "183", "186", "187", "188", "189", "191", "198", "199"};

    private RandomIds() {
    }

    static String uuid(RandomGenerator random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** Eleven digits, starting with a mainland mobile prefix. */
    static String mobile(RandomGenerator random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A Ningbo office landline. */
    static String ningboLandline(RandomGenerator random) {
        return "0574-8" + String.format("%07d", random.nextInt(10_000_000));
    }
}

package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ChineseNamesTest {

    @Test
    void theSameSeedGivesTheSameNames() {
        assertThat(names(42)).isEqualTo(names(42)).isNotEqualTo(names(43));
    }

    @Test
    void namesAreTwoToThreeChineseCharacters() {
        assertThat(names(1)).allSatisfy(name -> assertThat(name).matches("\\p{IsHan}{2,3}"));
    }

    @Test
    void commonSurnamesDominate() {
        var random = new SplittableRandom(5);
        int wangLiZhang = 0;
        for (int i = 0; i < 10_000; i++) {
            if ("王李张".contains(ChineseNames.surname(random))) {
                wangLiZhang++;
            }
        }
        assertThat(wangLiZhang).isBetween(1_500, 3_000);
    }

    private static List<String> names(long seed) {
        var random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            names.add(ChineseNames.fullName(random, i % 2 == 0, 1940 + i));
        }
        return names;
    }
}

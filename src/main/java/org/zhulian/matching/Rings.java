package org.zhulian.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The radii a nearest-first search tries, smallest first, up to the radius asked for. The nearest k
 * within a small ring are the nearest k within any larger one, so a search that finds k in the
 * first ring is exact and stops there: in a city centre, where thousands of services lie within a
 * few kilometres, it reads a hundredth of them; in the countryside the larger rings cost little.
 */
final class Rings {

    private static final int[] STEPS = {1_000, 2_500};

    private Rings() {
    }

    static List<Integer> upTo(int radius) {
        List<Integer> rings = new ArrayList<>();
        for (int step : STEPS) {
            if (step < radius) {
                rings.add(step);
            }
        }
        rings.add(radius);
        return rings;
    }
}

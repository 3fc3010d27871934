package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhulian.label.Labels;
import org.zhulian.region.Regions;
import org.zhulian.system.graphql.InvalidInputException;

/** Validates household and person filters at the API edge and turns them into {@link LabelCriteria}. */
@Component
class Criteria {

    private final Regions regions;
    private final Labels labels;
    private final Clock clock;

    Criteria(Regions regions, Labels labels, Clock clock) {
        this.regions = regions;
        this.labels = labels;
        this.clock = clock;
    }

    LabelCriteria of(HouseholdFilter filter) {
        HouseholdFilter f = filter == null ? HouseholdFilter.NONE : filter;
        return build(f.regionCode(), f.labelsAll(), f.labelsAny(), f.labelsNone(), f.orderBy(), null, null);
    }

    LabelCriteria of(PersonFilter filter) {
        PersonFilter f = filter == null ? PersonFilter.NONE : filter;
        return build(f.regionCode(), f.labelsAll(), f.labelsAny(), f.labelsNone(), f.orderBy(), f.ageMin(), f.ageMax());
    }

    private LabelCriteria build(String regionCode, List<String> all, List<String> any, List<String> none,
                                ResultOrder order, Integer ageMin, Integer ageMax) {
        String prefix = regions.prefixOf(regionCode, "filter.regionCode");
        LocalDate today = LocalDate.now(clock);
        if (ageMin != null && ageMin < 0) {
            throw new InvalidInputException("filter.ageMin", "ageMin must not be negative");
        }
        if (ageMax != null && ageMax < 0) {
            throw new InvalidInputException("filter.ageMax", "ageMax must not be negative");
        }
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new InvalidInputException("filter.ageMin", "ageMin must not exceed ageMax");
        }
        return new LabelCriteria(prefix, known(all, "filter.labelsAll"), known(any, "filter.labelsAny"),
                known(none, "filter.labelsNone"), order == ResultOrder.MOST_MATCHED_LABELS, today,
                ageMax == null ? null : today.minusYears(ageMax + 1L).plusDays(1),
                ageMin == null ? null : today.minusYears(ageMin));
    }

    private List<String> known(List<String> codes, String field) {
        if (codes == null) {
            return List.of();
        }
        labels.requireKnown(codes, field);
        return codes.stream().distinct().toList();
    }
}

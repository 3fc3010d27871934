package org.zhulian.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhulian.label.Labels;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.InvalidInputException;

/**
 * Validates household and person filters at the API edge and turns them into {@link SearchCriteria}
 * confined to the caller's jurisdiction.
 */
@Component
class Criteria {

    private static final int MAX_AGE = 150;

    private final Regions regions;
    private final Labels labels;
    private final Clock clock;

    Criteria(Regions regions, Labels labels, Clock clock) {
        this.regions = regions;
        this.labels = labels;
        this.clock = clock;
    }

    SearchCriteria of(HouseholdFilter filter, Caller caller) {
        HouseholdFilter f = filter == null ? HouseholdFilter.NONE : filter;
        return build(caller, f.regionCode(), f.labelsAll(), f.labelsAny(), f.labelsNone(), f.orderBy(), null, null);
    }

    SearchCriteria of(PersonFilter filter, Caller caller) {
        PersonFilter f = filter == null ? PersonFilter.NONE : filter;
        return build(caller, f.regionCode(), f.labelsAll(), f.labelsAny(), f.labelsNone(), f.orderBy(), f.ageMin(), f.ageMax());
    }

    private SearchCriteria build(Caller caller, String regionCode, List<String> all, List<String> any, List<String> none,
                                ResultOrder order, Integer ageMin, Integer ageMax) {
        String prefix = regions.prefixOf(regionCode, "filter.regionCode");
        LocalDate today = LocalDate.now(clock);
        requireAge(ageMin, "filter.ageMin");
        requireAge(ageMax, "filter.ageMax");
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new InvalidInputException("filter.ageMin", "ageMin must not exceed ageMax");
        }
        return new SearchCriteria(caller.jurisdiction().within(prefix), known(all, "filter.labelsAll"), known(any, "filter.labelsAny"),
                known(none, "filter.labelsNone"), order == ResultOrder.MOST_MATCHED_LABELS, today,
                ageMax == null ? null : today.minusYears(ageMax + 1L).plusDays(1),
                ageMin == null ? null : today.minusYears(ageMin));
    }

    private static void requireAge(Integer age, String field) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new InvalidInputException(field, field.substring(field.indexOf('.') + 1) + " must be between 0 and " + MAX_AGE);
        }
    }

    private List<String> known(List<String> codes, String field) {
        if (codes == null) {
            return List.of();
        }
        labels.requireKnown(codes, field);
        return codes.stream().distinct().toList();
    }
}

package org.zhulian.matching;

import java.util.List;

import org.zhulian.provider.Provider;
import org.zhulian.provider.Service;
import org.zhulian.security.PersonalRecord;

/**
 * A service that could meet a need, ranked. Its reasons speak of the need's person and household
 * (their age, labels, residence), so a match is personal data about the need: the audit log names
 * the need for every match read.
 *
 * @param available whether the person may use the service and a place is free
 * @param score     0 to 1, higher is better: category fit, nearness and free places
 */
public record ResourceMatch(String needId, Provider provider, Service service, int distanceMeters, double score,
                            boolean available, List<MatchReason> reasons) implements PersonalRecord {

    @Override
    public String id() {
        return needId;
    }

    /** Names the need and the service, without the reasons, which speak of the person, for whatever logs it. */
    @Override
    public String toString() {
        return "ResourceMatch[" + needId + " → " + service.id() + "]";
    }
}

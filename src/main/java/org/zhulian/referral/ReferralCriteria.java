package org.zhulian.referral;

import java.util.List;
import java.util.Map;

import org.zhulian.system.Parameters;

/**
 * Which referrals a list shows, among those the caller sees: under a region (where the household
 * or the provider lies), of one provider, in some statuses. Null means "any".
 */
record ReferralCriteria(String regionPrefix, String providerId, List<String> statuses) {

    Map<String, Object> parameters() {
        return Parameters.of("prefix", regionPrefix, "providerId", providerId, "statuses", statuses);
    }
}

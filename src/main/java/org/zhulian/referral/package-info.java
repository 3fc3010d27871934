/**
 * Referrals (转介): a caseworker refers a need to a service; the provider side accepts or rejects
 * it, serves and completes it; either side may cancel. Acceptance takes one of the service's places
 * and the end of service frees it, decided in the database under the service's lock, so places are
 * never overbooked. The need's status follows its referrals, and each step is kept with actor,
 * time and note.
 */
package org.zhulian.referral;

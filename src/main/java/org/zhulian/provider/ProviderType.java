package org.zhulian.provider;

/** Kinds of provider, after the resource map of Haishu district. */
public enum ProviderType {
    SOCIAL_WORK_STATION, CONVENIENCE_SERVICE_CENTRE, ELDERLY_CARE_INSTITUTION, HOME_CARE_CENTRE,
    HOME_CARE_STATION, ASSISTANCE_PROJECT, CHARITY, SOCIAL_ORGANISATION, MEDICAL, OTHER
}

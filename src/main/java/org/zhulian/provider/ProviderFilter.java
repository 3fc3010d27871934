package org.zhulian.provider;

import java.util.List;

/** The {@code ProviderFilter} input. */
record ProviderFilter(String regionCode, List<ProviderType> types, List<String> serviceCategories) {

    static final ProviderFilter NONE = new ProviderFilter(null, null, null);
}

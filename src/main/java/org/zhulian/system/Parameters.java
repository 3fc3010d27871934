package org.zhulian.system;

import java.util.HashMap;
import java.util.Map;

/** Statement parameters from name-value pairs; unlike {@code Map.of}, values may be null (Cypher's null). */
public final class Parameters {

    private Parameters() {
    }

    public static Map<String, Object> of(Object... pairs) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put((String) pairs[i], pairs[i + 1]);
        }
        return parameters;
    }
}

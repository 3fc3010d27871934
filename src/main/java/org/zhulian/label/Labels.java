package org.zhulian.label;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.zhulian.system.graphql.KnownCodes;

/**
 * What other features ask of the label dictionary: are these codes real, and what are these labels.
 * Labels are never deleted, so their codes can be checked from memory.
 */
@Service
public class Labels {

    private final LabelRepository repository;
    private final KnownCodes known;
    private final Map<String, Label> cache = new ConcurrentHashMap<>();

    Labels(LabelRepository repository) {
        this.repository = repository;
        this.known = new KnownCodes("label code(s)", repository::allCodes);
    }

    /** Fails with BAD_USER_INPUT naming {@code field} if any code is not in the dictionary. */
    public void requireKnown(Collection<String> codes, String field) {
        known.require(codes, field);
    }

    /**
     * The labels with these codes, keyed by code. A label, once defined, never changes, so each is
     * read once and kept: matching names the labels a service requires in every answer.
     */
    public Map<String, Label> byCode(Collection<String> codes) {
        List<String> missing = codes.stream().filter(code -> !cache.containsKey(code)).distinct().toList();
        if (!missing.isEmpty()) {
            repository.findAll(missing).forEach(label -> cache.put(label.code(), label));
        }
        Map<String, Label> found = new HashMap<>();
        codes.forEach(code -> {
            if (cache.containsKey(code)) {
                found.put(code, cache.get(code));
            }
        });
        return found;
    }

    /** Adds the label, inside the caller's transaction; {@link #defined} once that has committed. */
    void define(Label label, String definingRegionCode) {
        repository.create(label, definingRegionCode);
    }

    /** Knows a label this instance has just defined, without reloading the codes. */
    void defined(Label label) {
        known.add(label.code());
    }

    List<Label> visibleFrom(String regionPrefix) {
        return repository.visibleFrom(regionPrefix);
    }
}

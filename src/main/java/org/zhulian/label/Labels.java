package org.zhulian.label;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    Labels(LabelRepository repository) {
        this.repository = repository;
        this.known = new KnownCodes("label code(s)", repository::allCodes);
    }

    /** Fails with BAD_USER_INPUT naming {@code field} if any code is not in the dictionary. */
    public void requireKnown(Collection<String> codes, String field) {
        known.require(codes, field);
    }

    /** The labels with these codes, keyed by code. */
    public Map<String, Label> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return repository.findAll(codes).stream().collect(Collectors.toMap(Label::code, Function.identity()));
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

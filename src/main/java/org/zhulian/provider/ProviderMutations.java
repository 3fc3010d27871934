package org.zhulian.provider;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.zhulian.access.Changes;
import org.zhulian.label.Labels;
import org.zhulian.provider.ProviderInputs.Checks;
import org.zhulian.provider.ProviderInputs.RegisterProviderInput;
import org.zhulian.provider.ProviderInputs.ServiceUpdateInput;
import org.zhulian.provider.ProviderInputs.SetServiceCapacityInput;
import org.zhulian.provider.ProviderInputs.UpdateProviderInput;
import org.zhulian.region.Regions;
import org.zhulian.security.Caller;
import org.zhulian.system.graphql.InvalidInputException;
import org.zhulian.system.graphql.Texts;

/**
 * {@code registerProvider}, {@code updateProvider} and {@code setServiceCapacity}: input checked
 * here, before any transaction; the change itself in {@link ProviderChanges}.
 */
@Controller
class ProviderMutations {

    private final ProviderChanges providerChanges;
    private final ProviderRepository providers;
    private final Changes changes;
    private final Checks checks;

    ProviderMutations(ProviderChanges providerChanges, ProviderRepository providers, Changes changes, ServiceCategories categories,
                      Labels labels, Regions regions) {
        this.providerChanges = providerChanges;
        this.providers = providers;
        this.changes = changes;
        this.checks = new Checks(categories, labels, regions);
    }

    record ProviderPayload(Provider provider) {
    }

    record ServicePayload(Service service) {
    }

    @MutationMapping
    ProviderPayload registerProvider(@Argument RegisterProviderInput input, @ContextValue Caller caller) {
        if (input.location() == null) {
            throw new InvalidInputException("input.location", "A provider needs a location to be found near anyone");
        }
        Map<String, Object> provider = new HashMap<>();
        provider.put("type", input.type().name());
        provider.put("name", Texts.required(input.name(), "input.name", ProviderInputs.MAX_NAME));
        provider.put("regionCode", checks.region(input.regionCode(), "input.regionCode"));
        provider.put("location", input.location().inChina("input.location"));
        provider.putAll(details(input.address(), input.contact(), input.capacity(), input.openingHours()));
        var services = checks.services(input.services(), "input.services", true);
        String id = changes.apply(caller, "registerProvider", List.of(), change -> providerChanges.register(change, provider, services));
        return new ProviderPayload(providers.find(id).orElseThrow());
    }

    @MutationMapping
    ProviderPayload updateProvider(@Argument UpdateProviderInput input, @ContextValue Caller caller) {
        Map<String, Object> provider = details(input.address(), input.contact(), input.capacity(), input.openingHours());
        provider.values().removeIf(Objects::isNull);
        if (input.name() != null) {
            provider.put("name", Texts.required(input.name(), "input.name", ProviderInputs.MAX_NAME));
        }
        if (input.location() != null) {
            provider.put("location", input.location().inChina("input.location"));
        }
        var added = checks.services(input.addServices(), "input.addServices", false);
        Map<String, Map<String, Object>> updated = new LinkedHashMap<>();
        List<ServiceUpdateInput> updates = input.updateServices() == null ? List.of() : input.updateServices();
        if (updates.size() > ProviderInputs.MAX_SERVICES) {
            throw new InvalidInputException("input.updateServices", "updateServices may list at most " + ProviderInputs.MAX_SERVICES + " services");
        }
        for (int i = 0; i < updates.size(); i++) {
            if (updated.put(updates.get(i).id(), checks.serviceUpdate(updates.get(i), "input.updateServices[" + i + "]")) != null) {
                throw new InvalidInputException("input.updateServices[" + i + "].id", "A service may be changed once per update");
            }
        }
        changes.apply(caller, "updateProvider", List.of(input.id()), change -> {
            providerChanges.update(change, input.id(), provider, added, updated);
            return input.id();
        });
        return new ProviderPayload(providers.find(input.id()).orElseThrow());
    }

    @MutationMapping
    ServicePayload setServiceCapacity(@Argument SetServiceCapacityInput input, @ContextValue Caller caller) {
        Integer total = Checks.places(input.placesTotal(), "input.placesTotal");
        changes.apply(caller, "setServiceCapacity", List.of(input.serviceId()), change -> {
            providerChanges.setCapacity(change, input.serviceId(), total);
            return input.serviceId();
        });
        return new ServicePayload(providers.services(List.of(input.serviceId())).getFirst());
    }

    /** The optional details, checked; null where not given. */
    private static Map<String, Object> details(String address, String contact, Integer capacity, String openingHours) {
        if (capacity != null && (capacity < 0 || capacity > ProviderInputs.MAX_PLACES)) {
            throw new InvalidInputException("input.capacity", "capacity must be 0 to " + ProviderInputs.MAX_PLACES);
        }
        if (contact != null && !contact.strip().matches("[0-9+\\- ]{3,20}")) {
            throw new InvalidInputException("input.contact", "contact must be a telephone number (digits, +, - and spaces)");
        }
        Map<String, Object> details = new HashMap<>();
        details.put("address", address == null ? null : Texts.required(address, "input.address", ProviderInputs.MAX_TEXT));
        details.put("contact", contact == null ? null : contact.strip());
        details.put("capacity", capacity);
        details.put("openingHours", openingHours == null ? null : Texts.required(openingHours, "input.openingHours", ProviderInputs.MAX_TEXT));
        return details;
    }
}

package org.zhulian.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.zhulian.region.RegionCode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule packs the service ships ({@code discovery/packs/*.json}), read and checked once at start:
 * a pack that cannot be read, names an unknown event type, class or level, repeats a rule code, or
 * gives a threshold without exactly one of {@code above} and {@code atLeast}, stops the start with a
 * message naming the file and the rule. The pack of a household is the one of the most specific
 * region above it, among those in effect on the day.
 */
@Component
public class RulePacks {

    static final String LOCATION = "classpath*:discovery/packs/*.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<RulePack> packs;
    private final List<String> scoredPrefixes;

    RulePacks() {
        this(load());
    }

    RulePacks(List<RulePack> packs) {
        this.packs = packs.stream().sorted(Comparator.comparingInt((RulePack p) -> p.prefix().length()).reversed()
                .thenComparing(RulePack::effectiveFrom, Comparator.reverseOrder())).toList();
        this.scoredPrefixes = this.packs.stream().filter(p -> p.rules().stream().anyMatch(r -> r.kind() == RulePack.Kind.SCORED))
                .map(RulePack::prefix).distinct().toList();
    }

    /**
     * The code prefixes of the packs that score households: only there does an evaluation need all
     * of a household's events of the year, the costliest fact to read.
     */
    List<String> scoredPrefixes() {
        return scoredPrefixes;
    }

    /** The pack that applies to a household with this grid code on this day, if any. */
    public Optional<RulePack> forGrid(String gridCode, LocalDate day) {
        return packs.stream().filter(p -> gridCode.startsWith(p.prefix()) && !p.effectiveFrom().isAfter(day)).findFirst();
    }

    public List<RulePack> all() {
        return packs;
    }

    private static List<RulePack> load() {
        List<RulePack> packs = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                packs.add(parse(resource.getContentAsString(StandardCharsets.UTF_8), resource.getFilename()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule packs", e);
        }
        Set<String> regions = new HashSet<>();
        for (RulePack pack : packs) {
            if (!regions.add(pack.region() + "@" + pack.effectiveFrom())) {
                throw new IllegalStateException("Two rule packs for region '" + pack.region() + "' from " + pack.effectiveFrom());
            }
        }
        return packs;
    }

    /** Reads one pack, failing with a message that names the file and what is wrong. */
    static RulePack parse(String json, String file) {
        try {
            JsonNode root = JSON.readTree(json);
            String region = text(root, "region", true);
            if (!region.isEmpty()) {
                region = RegionCode.parse(region, "region").code();
            }
            List<RulePack.Rule> rules = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (JsonNode rule : root.path("rules")) {
                RulePack.Rule parsed = rule(rule);
                if (!codes.add(parsed.code())) {
                    throw new IllegalArgumentException("rule " + parsed.code() + " appears twice");
                }
                rules.add(parsed);
            }
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("a pack needs rules");
            }
            return new RulePack(region, text(root, "name", true), text(root, "source", false), text(root, "version", true),
                    LocalDate.parse(text(root, "effectiveFrom", true)), root.path("reviewWarnings").asBoolean(false), List.copyOf(rules));
        } catch (RuntimeException bad) {
            throw new IllegalStateException("Rule pack " + file + ": " + bad.getMessage(), bad);
        }
    }

    private static RulePack.Rule rule(JsonNode rule) {
        String code = text(rule, "code", true);
        try {
            RulePack.Kind kind = RulePack.Kind.valueOf(text(rule, "kind", true));
            List<RulePack.Threshold> thresholds = new ArrayList<>();
            for (JsonNode threshold : rule.path("thresholds")) {
                boolean above = threshold.has("above");
                if (above == threshold.has("atLeast")) {
                    throw new IllegalArgumentException("a threshold gives exactly one of above and atLeast");
                }
                thresholds.add(new RulePack.Threshold(strings(threshold.path("labels")), above ? threshold.path("above").asDouble() : null,
                        above ? null : threshold.path("atLeast").asDouble()));
            }
            if (kind == RulePack.Kind.ANNUAL_SUM && thresholds.isEmpty()) {
                throw new IllegalArgumentException("an ANNUAL_SUM rule needs thresholds");
            }
            for (int i = 0; i < thresholds.size() - 1; i++) {
                if (thresholds.get(i).labels().isEmpty()) {
                    throw new IllegalArgumentException("the threshold for everyone comes last: those after it would never apply");
                }
            }
            List<RulePack.Indicator> indicators = new ArrayList<>();
            for (JsonNode indicator : rule.path("indicators")) {
                if (indicator.path("points").asInt() <= 0) {
                    throw new IllegalArgumentException("indicator " + indicator.path("code").asString() + " needs points above 0");
                }
                indicators.add(new RulePack.Indicator(text(indicator, "code", true), DepartmentEventType.valueOf(text(indicator, "event", true)),
                        indicator.path("points").asInt(), indicator.has("amountAtLeast") ? indicator.path("amountAtLeast").asDouble() : null));
            }
            Integer warningLine = rule.has("warningLine") ? rule.path("warningLine").asInt() : null;
            Integer urgentLine = rule.has("urgentLine") ? rule.path("urgentLine").asInt() : null;
            if (kind == RulePack.Kind.SCORED) {
                if (indicators.isEmpty() || warningLine == null || warningLine <= 0) {
                    throw new IllegalArgumentException("a SCORED rule needs indicators and a warningLine above 0");
                }
                if (urgentLine != null && urgentLine < warningLine) {
                    throw new IllegalArgumentException("the urgentLine lies below the warningLine");
                }
                return new RulePack.Rule(code, text(rule, "name", true), kind, null, RulePack.WarningClass.valueOf(text(rule, "class", true)),
                        RulePack.Level.GENERAL, strings(rule.path("population")), List.of(), null, false, List.copyOf(indicators), warningLine,
                        urgentLine);
            }
            DepartmentEventType event = DepartmentEventType.valueOf(text(rule, "event", true));
            if (kind == RulePack.Kind.ANNUAL_SUM && !event.needsAmount()) {
                throw new IllegalArgumentException("an ANNUAL_SUM rule adds up amounts: " + event + " has none");
            }
            return new RulePack.Rule(code, text(rule, "name", true), kind, event, RulePack.WarningClass.valueOf(text(rule, "class", true)),
                    RulePack.Level.valueOf(text(rule, "level", true)), strings(rule.path("population")), List.copyOf(thresholds),
                    rule.has("maxDisabilityGrade") ? rule.path("maxDisabilityGrade").asInt() : null, rule.path("incomeDrops").asBoolean(false),
                    List.of(), null, null);
        } catch (RuntimeException bad) {
            throw new IllegalArgumentException("rule " + code + ": " + bad.getMessage(), bad);
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        return value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return List.copyOf(values);
    }
}

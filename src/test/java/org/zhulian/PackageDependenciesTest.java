package org.zhulian;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package dependencies as {@code docs/packages.md} draws them: the plumbing at the bottom, the
 * access mechanism above the security model, the features on top, and nothing pointing down the
 * other way. A new dependency is a decision: draw it there and here, or do without it.
 */
class PackageDependenciesTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhulian");

    /** Each package and the packages it may use; the same table as in docs/packages.md. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("system", Set.of()),
            Map.entry("region", Set.of("system")),
            Map.entry("security", Set.of("system", "region")),
            Map.entry("audit", Set.of("system", "security")),
            Map.entry("access", Set.of("system", "security", "audit")),
            Map.entry("provider", Set.of("system", "region", "security", "access", "label")),
            Map.entry("label", Set.of("system", "region", "security", "access")),
            Map.entry("need", Set.of("system", "region", "security", "access", "provider")),
            Map.entry("household", Set.of("system", "region", "security", "audit", "access", "label", "need")),
            Map.entry("department", Set.of("system", "label")),
            Map.entry("matching", Set.of("system", "region", "security", "access", "label", "provider")),
            Map.entry("referral", Set.of("system", "region", "security", "access", "provider", "need")),
            Map.entry("wish", Set.of("system", "region", "security", "access", "need", "household")),
            Map.entry("discovery", Set.of("system", "region", "security", "audit", "access", "label", "department", "need", "household")),
            Map.entry("search", Set.of("system", "region", "security", "access", "household", "need", "provider")),
            Map.entry("explorer", Set.of("system", "region", "security", "access", "household", "need", "provider", "label", "matching", "discovery")),
            Map.entry("demo", Set.of("system", "region")));

    @Test
    void everyPackageUsesOnlyWhatTheDrawingAllows() {
        List<String> violations = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            String from = feature(type.getPackageName());
            if (from == null) {
                continue;
            }
            type.getDirectDependenciesFromSelf().forEach(dependency -> {
                String to = feature(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals(from) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                    violations.add(from + " -> " + to + " (" + dependency.getDescription() + ")");
                }
            });
        }

        assertThat(new TreeSet<>(violations)).isEmpty();
    }

    @Test
    void everyPackageIsDrawn() {
        Set<String> packages = new TreeSet<>();
        CLASSES.forEach(type -> {
            String feature = feature(type.getPackageName());
            if (feature != null) {
                packages.add(feature);
            }
        });

        assertThat(ALLOWED.keySet()).containsAll(packages);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching("org.zhulian.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** {@code org.zhulian.household} → {@code household}; the root package → null. */
    private static String feature(String packageName) {
        if (!packageName.startsWith("org.zhulian.")) {
            return null;
        }
        String rest = packageName.substring("org.zhulian.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

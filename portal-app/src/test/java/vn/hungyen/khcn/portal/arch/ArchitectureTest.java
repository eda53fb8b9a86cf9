package vn.hungyen.khcn.portal.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.spi.ContentModule;
import vn.hungyen.khcn.content.spi.ContentRef;

/**
 * The module boundaries: the core ({@code content}) and the index name no content module and not the
 * application; a content module uses only the core, the index and libraries — never another module or the app.
 * A content module is any package {@code vn.hungyen.khcn.<name>} other than the three fixed ones.
 *
 * <p>And the facts a module holds are its own to publish: no other module spells its content type codes or cuts
 * a fact (a task's code) out of the slug of an item it knows only as a {@link ContentItem}; it reads what the owner
 * publishes (the plan's {@code PlanFacts}).
 */
class ArchitectureTest {

    static final String ROOT = "vn.hungyen.khcn";

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    static final Set<String> FIXED = Set.of("content", "index", "portal");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Production classes only: neither test directories nor a module's test-jar (portal-content's shares test
        // conditions with this module's tests).
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages(ROOT);
    }

    /** The top-level module of a class: "content", "index", "portal" or a plugin's name. */
    static String moduleOf(JavaClass c) {
        String rest = c.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isPlugin(JavaClass c) {
        return c.getPackageName().startsWith(ROOT + ".") && !FIXED.contains(moduleOf(c));
    }

    @Test
    void core_and_index_do_not_depend_on_plugins_or_the_application() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ROOT + ".content..", ROOT + ".index..")
                .should().dependOnClassesThat(new DescribedPredicate<>("are in a content module or the application") {
                    @Override
                    public boolean test(JavaClass target) {
                        return isPlugin(target) || target.getPackageName().startsWith(ROOT + ".portal");
                    }
                });
        rule.check(classes);
    }

    @Test
    void a_plugin_depends_only_on_itself_the_core_and_the_index() {
        ArchRule rule = ArchRuleDefinition.classes().that(new DescribedPredicate<>("are in a content module") {
            @Override
            public boolean test(JavaClass c) {
                return isPlugin(c);
            }
        }).should(new ArchCondition<>("depend on no other content module and not on the application") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (!target.getPackageName().startsWith(ROOT + ".")) {
                        continue;
                    }
                    String module = moduleOf(target);
                    if (module.equals("portal") || (isPlugin(target) && !module.equals(moduleOf(c)))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
        rule.check(classes);
    }

    /**
     * Literals another module may hold although they equal a type code: each is a different fact spelled the same,
     * and each must still be there (a stale entry fails), so this list cannot hide a new re-declaration.
     */
    static final Set<String> SAME_SPELLING_OTHER_FACT = Set.of(
            // the basis kind "plan" (a task rests on its plan's preamble), stored in content_link.kind
            "vn.hungyen.khcn.legal.service.TaskBasisLinker plan",
            "vn.hungyen.khcn.legal.service.LegalCatalog plan");

    @Test
    void no_module_spells_another_modules_content_type_codes() {
        Map<String, String> owners = typeCodeOwners();
        List<String> violations = new ArrayList<>();
        Set<String> allowed = new TreeSet<>();
        for (JavaClass c : classes) {
            String module = moduleOf(c);
            for (String literal : StringConstants.of(c)) {
                String owner = owners.get(literal);
                if (owner == null || owner.equals(module)) {
                    continue;
                }
                String entry = c.getName() + " " + literal;
                if (SAME_SPELLING_OTHER_FACT.contains(entry)) {
                    allowed.add(entry);
                } else {
                    violations.add(c.getName() + " holds \"" + literal + "\", a type code of the " + owner + " module");
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(SAME_SPELLING_OTHER_FACT);
    }

    /** Every plugin's content type codes (each entity's {@code TYPE}) → the module that owns it. */
    static Map<String, String> typeCodeOwners() {
        Map<String, String> owners = new TreeMap<>();
        for (JavaClass c : classes) {
            if (isPlugin(c) && c.isAssignableTo(ContentItem.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                try {
                    owners.put((String) c.reflect().getDeclaredField("TYPE").get(null), moduleOf(c));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(c.getName() + " declares no public TYPE: its type code is not published", e);
                }
            }
        }
        // Guards against vacuous success: the plan's own codes must be among them.
        assertThat(owners).containsEntry("plan", "plan").containsEntry("plan-task", "plan")
                .containsEntry("plan-activity", "plan");
        return owners;
    }

    /**
     * A {@link ContentModule} is exempt: its descriptors' paths are built from its own items' refs, whose slugs it
     * writes.
     */
    @Test
    void no_module_cuts_a_fact_out_of_the_slug_of_an_item_it_knows_only_as_a_content_item() {
        ArchRule rule = ArchRuleDefinition.codeUnits().that(new DescribedPredicate<>("are not in a content module's"
                + " descriptor") {
            @Override
            public boolean test(JavaCodeUnit unit) {
                return !unit.getOwner().isAssignableTo(ContentModule.class);
            }
        }).should(new ArchCondition<JavaCodeUnit>(
                "not both read the slug of a ContentItem or ContentRef and cut a string") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaMethodCall> calls = List.copyOf(unit.getMethodCallsFromSelf());
                boolean readsSlug = calls.stream().anyMatch(ArchitectureTest::readsAnOpaqueSlug);
                boolean cuts = calls.stream().anyMatch(ArchitectureTest::cutsAString);
                if (readsSlug && cuts) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                            + " cuts the slug of an item it knows only as a ContentItem: read the fact its module publishes"));
                }
            }
        });
        rule.check(classes);
    }

    /** {@code item.getSlug()} on a {@link ContentItem} or {@code ref.slug()}: an item whose owner is not known. */
    static boolean readsAnOpaqueSlug(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        return (owner.isEquivalentTo(ContentItem.class) && call.getName().equals("getSlug"))
                || (owner.isEquivalentTo(ContentRef.class) && call.getName().equals("slug"));
    }

    static boolean cutsAString(JavaMethodCall call) {
        return call.getTargetOwner().isEquivalentTo(String.class)
                && Set.of("substring", "indexOf", "lastIndexOf", "split", "replaceFirst", "replaceAll")
                        .contains(call.getName());
    }

    @Test
    void the_plan_module_is_seen_as_a_plugin() {
        // Guards the rules above against vacuous success: they must see at least the plan module's classes.
        org.assertj.core.api.Assertions.assertThat(classes.stream().filter(ArchitectureTest::isPlugin)
                .map(ArchitectureTest::moduleOf).distinct()).contains("plan");
    }
}

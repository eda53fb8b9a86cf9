package vn.hungyen.khcn.portal.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries: the core ({@code content}) and the index name no content module and not the
 * application; a content module uses only the core, the index and libraries — never another module or the app.
 * A content module is any package {@code vn.hungyen.khcn.<name>} other than the three fixed ones.
 */
class ArchitectureTest {

    static final String ROOT = "vn.hungyen.khcn";
    static final Set<String> FIXED = Set.of("content", "index", "portal");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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

    @Test
    void the_plan_module_is_seen_as_a_plugin() {
        // Guards the rules above against vacuous success: they must see at least the plan module's classes.
        org.assertj.core.api.Assertions.assertThat(classes.stream().filter(ArchitectureTest::isPlugin)
                .map(ArchitectureTest::moduleOf).distinct()).contains("plan");
    }
}

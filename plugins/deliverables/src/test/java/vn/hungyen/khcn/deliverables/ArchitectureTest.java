package vn.hungyen.khcn.deliverables;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module's boundaries: no other plugin, no app; extraction is plain Java; domain and service free of UI. */
@AnalyzeClasses(packages = "vn.hungyen.khcn.deliverables", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule imports_no_other_plugin_and_not_the_app = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("vn.hungyen.khcn.plan..", "vn.hungyen.khcn.legal..",
                    "vn.hungyen.khcn.portal..");

    @ArchTest
    static final ArchRule extraction_is_plain_java = noClasses().that().resideInAPackage("..deliverables.extraction..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "com.vaadin..", "vn.hungyen.khcn.content..");

    @ArchTest
    static final ArchRule domain_and_service_know_no_ui = noClasses()
            .that().resideInAnyPackage("..deliverables.domain..", "..deliverables.service..", "..deliverables.extraction..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..deliverables.ui..", "..deliverables.api..");
}

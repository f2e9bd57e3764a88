package fr.oasis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The module structure, checked on the compiled classes (fully qualified references and
 * annotations included, which a look at the imports would miss): no cycle between any two
 * packages, data flowing one way (import → store → compute → serve), and the low-level packages
 * free of the features above them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModularityTest {
    private JavaClasses classes;

    @BeforeAll
    void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.oasis");
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        // A feature package with its sub-packages is one slice (territory, importer, accessibility...).
        slices().matching("fr.oasis.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenAnyPackages() {
        // Sub-packages too: importer and importer.source, accessibility and accessibility.network...
        slices().matching("fr.oasis.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theStoredDataDoesNotKnowWhoImportsOrServesIt() {
        noClasses().that().resideInAnyPackage("fr.oasis.territory..", "fr.oasis.practitioner..",
                        "fr.oasis.provenance..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.oasis.importer..", "fr.oasis.accessibility..",
                        "fr.oasis.indicator..", "fr.oasis.report..", "fr.oasis.map..", "fr.oasis.web..",
                        "fr.oasis.demo..")
                .check(classes);
    }

    @Test
    void computationDoesNotKnowTheImporterOrThePages() {
        noClasses().that().resideInAnyPackage("fr.oasis.accessibility..", "fr.oasis.indicator..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.oasis.importer..", "fr.oasis.report..",
                        "fr.oasis.map..", "fr.oasis.demo..")
                .check(classes);
    }

    @Test
    void theEngineAndTheBatchCommandStayFreeOfFrameworks() {
        noClasses().that().resideInAPackage("fr.oasis.accessibility.engine..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.locationtech.jts..",
                        "fr.oasis.accessibility.engine..")
                .check(classes);
        noClasses().that().resideInAPackage("fr.oasis.accessibility.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..")
                .check(classes);
    }
}

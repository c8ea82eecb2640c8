package st.libreho.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module rules of docs/ARCHITECTURE (shared/design/ARCHITECTURE.md): no cycles, dependencies flow
 * web → governance → knowledge-base → directory (and governance, infra-registry → directory), and no module
 * reaches into another module's internal packages.
 */
class ArchitectureTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("st.libreho");

    @Test
    void modulesHaveNoCycles() {
        slices().matching("st.libreho.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(PLATFORM);
    }

    @Test
    void directoryDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("st.libreho.directory..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("st.libreho.kb..", "st.libreho.governance..", "st.libreho.registry..",
                        "st.libreho.web..")
                .allowEmptyShould(true).check(PLATFORM);
    }

    @Test
    void knowledgeBaseDependsOnlyOnTheDirectory() {
        noClasses().that().resideInAPackage("st.libreho.kb..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("st.libreho.governance..", "st.libreho.registry..", "st.libreho.web..")
                .allowEmptyShould(true).check(PLATFORM);
    }

    @Test
    void governanceDoesNotDependOnTheRegistryOrTheWeb() {
        noClasses().that().resideInAPackage("st.libreho.governance..")
                .should().dependOnClassesThat().resideInAnyPackage("st.libreho.registry..", "st.libreho.web..")
                .allowEmptyShould(true).check(PLATFORM);
    }

    @Test
    void registryDependsOnlyOnTheDirectory() {
        noClasses().that().resideInAPackage("st.libreho.registry..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("st.libreho.kb..", "st.libreho.governance..", "st.libreho.web..")
                .allowEmptyShould(true).check(PLATFORM);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : new String[] { "directory", "kb", "governance", "registry", "web" }) {
            noClasses().that().resideOutsideOfPackage("st.libreho." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("st.libreho." + module + ".internal..")
                    .allowEmptyShould(true)
                    .because("a module calls another only through its facade in the root package")
                    .check(PLATFORM);
        }
    }

    @Test
    void theDirectoryFacadeShowsRecordsNotEntities() {
        noClasses().that().resideInAPackage("st.libreho.directory")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(PLATFORM);
    }
}

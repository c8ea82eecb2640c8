package st.libreho.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The module rules of docs/ARCHITECTURE (shared/design/ARCHITECTURE.md), over every module's main and test code:
 * no cycles; platform below every module; dependencies flow web → governance → knowledge-base → directory →
 * platform (and governance, infra-registry → directory); no module depends on web; no module reaches into another
 * module's internal packages; and no facade shows an entity.
 * <p>
 * The classes are read from each module's build output rather than the classpath, because a module's tests are not
 * on web's classpath (only the helpers its test-jar exports are).
 */
class ArchitectureTest {

    /** Maven module folder → root package. */
    private static final Map<String, String> MODULES = Map.of(
            "platform", "st.libreho.platform",
            "directory", "st.libreho.directory",
            "knowledge-base", "st.libreho.kb",
            "governance", "st.libreho.governance",
            "infra-registry", "st.libreho.registry",
            "web", "st.libreho.web");

    /** What each module may use besides itself; anything else of the platform's is forbidden. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "st.libreho.platform", List.of(),
            "st.libreho.directory", List.of("st.libreho.platform"),
            "st.libreho.kb", List.of("st.libreho.platform", "st.libreho.directory"),
            "st.libreho.governance", List.of("st.libreho.platform", "st.libreho.directory", "st.libreho.kb"),
            "st.libreho.registry", List.of("st.libreho.platform", "st.libreho.directory", "st.libreho.kb"));

    private static final JavaClasses EVERYTHING = importEveryModule();

    private static JavaClasses importEveryModule() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> outputs = MODULES.keySet().stream()
                .flatMap(module -> Stream.of("classes", "test-classes")
                        .map(kind -> root.resolve(module).resolve("target").resolve(kind)))
                .filter(Files::isDirectory)
                .toList();
        return new ClassFileImporter().importPaths(outputs);
    }

    @Test
    void everyModuleIsChecked() {
        // a rule over no classes passes; make sure each module's main code (and the directory's tests) were read
        for (String root : MODULES.values()) {
            if (EVERYTHING.stream().noneMatch(c -> c.getPackageName().startsWith(root))) {
                throw new AssertionError("no classes of " + root + " were imported");
            }
        }
        if (EVERYTHING.stream().noneMatch(c -> c.getName().equals("st.libreho.directory.StatusEventsTest"))) {
            throw new AssertionError("the directory's tests were not imported");
        }
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("st.libreho.(*)..").should().beFreeOfCycles().check(EVERYTHING);
    }

    @Test
    void eachModuleDependsOnlyOnTheModulesBelowIt() {
        ALLOWED.forEach((module, allowed) -> {
            String[] forbidden = MODULES.values().stream()
                    .filter(other -> !other.equals(module) && !allowed.contains(other))
                    .map(other -> other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(true)
                    .because(module + " may use only " + allowed)
                    .check(EVERYTHING);
        });
    }

    @Test
    void noModuleDependsOnTheWebShell() {
        noClasses().that().resideOutsideOfPackage("st.libreho.web..")
                .should().dependOnClassesThat().resideInAPackage("st.libreho.web..")
                .because("web assembles the modules; a module that needed it could not be tested on its own")
                .check(EVERYTHING);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : MODULES.values()) {
            noClasses().that().resideOutsideOfPackage(module + "..")
                    .should().dependOnClassesThat().resideInAPackage(module + ".internal..")
                    .allowEmptyShould(true)
                    .because("a module calls another only through its facade in the root package")
                    .check(EVERYTHING);
        }
    }

    @Test
    void facadesShowRecordsNotEntities() {
        for (String module : MODULES.values()) {
            noClasses().that().resideInAPackage(module)
                    .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                    .allowEmptyShould(true)
                    .because("other modules get immutable views, never entities")
                    .check(EVERYTHING);
        }
    }
}

package salesim;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** DESIGN.md §5: kernel ← model ← scenario ← experiment ← report ← cli, each depending downward only. */
final class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("salesim");

  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("kernel").definedBy("salesim.kernel..")
          .layer("model").definedBy("salesim.model..")
          .layer("scenario").definedBy("salesim.scenario..")
          .layer("experiment").definedBy("salesim.experiment..")
          .layer("report").definedBy("salesim.report..")
          .layer("cli").definedBy("salesim.cli..")
          .whereLayer("cli").mayNotBeAccessedByAnyLayer()
          .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
          .whereLayer("experiment").mayOnlyBeAccessedByLayers("report", "cli")
          .whereLayer("scenario").mayOnlyBeAccessedByLayers("experiment", "report", "cli")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers("scenario", "experiment", "report", "cli")
          .whereLayer("kernel")
          .mayOnlyBeAccessedByLayers("model", "scenario", "experiment", "report", "cli");

  @Test
  void layers_dependDownwardOnly() {
    LAYERS.check(MAIN);
  }

  @Test
  void kernelAndModel_importNoFileFormatOrCliLibraries() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideInAnyPackage("salesim.kernel..", "salesim.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "picocli..", "org.jfree..")
        .check(MAIN);
  }
}

package salesim;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §5: kernel ← model ← scenario ← experiment ← report ← cli, each depending downward
 * only; the Spark engine (salesim.spark) sits beside report on experiment, and nothing imports it.
 * Calibration (issue 17) adds two: crm (CRM histories, their files and the model's History
 * adapter) beside scenario on the model, and calibrate (estimation and back-test) on experiment
 * and crm, below report.
 */
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
          .layer("crm").definedBy("salesim.crm..")
          .layer("experiment").definedBy("salesim.experiment..")
          .layer("calibrate").definedBy("salesim.calibrate..")
          .layer("report").definedBy("salesim.report..")
          .layer("spark").definedBy("salesim.spark..")
          .layer("cli").definedBy("salesim.cli..")
          .whereLayer("cli").mayNotBeAccessedByAnyLayer()
          // Loaded by name for --engine spark only (cli.Engines): a compile-time use would link
          // the default path against Spark, which the runnable jar does not carry.
          .whereLayer("spark").mayNotBeAccessedByAnyLayer()
          .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
          .whereLayer("calibrate").mayOnlyBeAccessedByLayers("report", "cli")
          .whereLayer("experiment").mayOnlyBeAccessedByLayers("calibrate", "report", "spark", "cli")
          .whereLayer("crm").mayOnlyBeAccessedByLayers("calibrate", "report", "cli")
          .whereLayer("scenario")
          .mayOnlyBeAccessedByLayers("crm", "experiment", "calibrate", "report", "spark", "cli")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers(
              "scenario", "crm", "experiment", "calibrate", "report", "spark", "cli")
          .whereLayer("kernel")
          .mayOnlyBeAccessedByLayers(
              "model", "scenario", "crm", "experiment", "calibrate", "report", "spark", "cli");

  @Test
  void layers_dependDownwardOnly() {
    LAYERS.check(MAIN);
  }

  @Test
  void onlyTheSparkPackage_touchesSparkOrScala() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideOutsideOfPackage("salesim.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "com.fasterxml.jackson.databind..")
        .check(MAIN);
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

  @Test
  void modelSubPackages_formNoCycles() {
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching("salesim.model.(*)..")
        .should()
        .beFreeOfCycles()
        .check(MAIN);
  }

  @Test
  void modelSubPackages_neverImportTheModelRoot() {
    // The root assembles a replication from the sub-packages' vocabulary; an import back would
    // be a cycle the slice rule above cannot see (the root is no slice).
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("salesim.model.*..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("salesim.model")
        .check(MAIN);
  }
}

package salesim.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import salesim.report.Page.Figure;
import salesim.report.chart.ChartFiles;
import salesim.report.chart.MalformedOutputException;
import salesim.report.chart.MonthlyTable;

/**
 * Draws the presentable report of a finished output folder (issue 5): {@code report.html}, {@code
 * report.pdf}, every chart as PNG and SVG under {@code charts/}, and the workbook {@code
 * results.xlsx} (issue 12), from the files the experiment
 * wrote (summary.json, monthly.csv, runs.csv), never from simulator objects. The same folder gives
 * the same bytes every time.
 *
 * <p>Note: not thread-safe for the same folder; different folders may render concurrently.
 */
public final class ReportWriter {

  /** The files and folder a render writes; nothing else in the folder is touched. */
  public static final List<String> OUTPUTS =
      List.of("report.html", "report.pdf", "charts", Workbook.FILE);

  static {
    // Charts need no display; a server without one must not try to open it.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ReportWriter() {}

  /**
   * Reads the output folder and writes the report into it.
   *
   * @throws MalformedOutputException naming the file, if an input is missing or malformed
   */
  public static void render(Path folder) {
    render(folder, folder);
  }

  /** Reads the outputs in {@code inputs} and writes the report into {@code outputs}. */
  static void render(Path inputs, Path outputs) {
    if (CalibrationReport.isCalibration(inputs)) {
      CalibrationReport.render(inputs, outputs);
      return;
    }
    Summary summary = Summary.read(inputs.resolve(Summary.FILE));
    MonthlyTable monthly = MonthlyTable.read(inputs.resolve(MonthlyTable.FILE));
    Path runs = inputs.resolve("runs.csv");
    Page page =
        switch (summary.kind()) {
          case RUN, COMPARE -> ComparePage.build(summary, monthly, runs);
          case SWEEP -> SweepPage.build(summary, monthly);
          case STRESS -> StressPage.build(summary, monthly);
          case SENSITIVITY -> SensitivityPage.build(summary, monthly);
          case EXPLAIN -> ExplainPage.build(summary, monthly);
        };
    write(page, outputs, fileId(inputs.resolve(Summary.FILE)));
    // A sweep's, stress test's, sensitivity's or explanation's page does not read runs.csv, and
    // a curated folder leaves the large file out: its workbook, which copies runs.csv into a
    // sheet, cannot be rebuilt there, so a redraw keeps the one the experiment wrote.
    if (Files.isRegularFile(runs) || !Files.exists(inputs.resolve(Workbook.FILE))) {
      Workbook.write(summary, inputs, outputs.resolve(Workbook.FILE));
    }
  }

  /**
   * Writes a page's charts (PNG and SVG under charts/), report.html and report.pdf into {@code
   * outputs}; {@code id} identifies the inputs (the PDF's file ID).
   */
  static void write(Page page, Path outputs, byte[] id) {
    try {
      Path charts = outputs.resolve("charts");
      OutputFolder.deleteTree(charts);
      Files.createDirectories(charts);
      List<Page.Section> sections = new ArrayList<>();
      for (Page.Section section : page.sections()) {
        sections.add(section.withFigures(draw(section.figures(), charts)));
      }
      page = page.withFigures(draw(page.figures(), charts)).withSections(sections);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the charts in " + outputs + ": " + e.getMessage(), e);
    }
    HtmlPage.write(page, outputs.resolve("report.html"));
    PdfPage.write(page, outputs.resolve("report.pdf"), id);
  }

  /** Writes each figure's PNG and SVG under {@code charts}; the figures with their SVG markup. */
  private static List<Figure> draw(List<Figure> figures, Path charts) {
    List<Figure> drawn = new ArrayList<>();
    for (Figure figure : figures) {
      String svg = ChartFiles.write(figure.chart(), charts);
      drawn.add(new Figure(figure.chart(), figure.caption(), svg));
    }
    return drawn;
  }

  /**
   * Renders the report of a folder an experiment has just written, before it is committed. A report
   * that cannot be drawn must not cost the simulation: the failure is reported on {@code err}, any
   * partial report is removed, and the numeric outputs stay. A report that cannot be written (a
   * full or read-only disk) is different: it fails the run, so the previous folder stays as it was
   * instead of being replaced by one without its report.
   *
   * @param folder the staging folder being written
   * @param target where the folder will be once committed, for the message
   * @return whether the report was written
   * @throws UncheckedIOException if writing the report failed
   */
  public static boolean tryRender(Path folder, Path target, PrintStream err) {
    try {
      render(folder);
      return true;
    } catch (RuntimeException | LinkageError e) {
      removeOutputs(folder);
      IOException io = ioCause(e);
      if (io != null) {
        throw e instanceof UncheckedIOException unchecked
            ? unchecked
            : new UncheckedIOException(
                "cannot write the report in " + folder + ": " + io.getMessage(), io);
      }
      // A plain sentence, never a class name: the reader is a user, not a developer.
      String why = e.getMessage() == null || e.getMessage().isBlank() ? null : e.getMessage();
      err.println(
          "salesim: the report (report.html, report.pdf, charts/) could not be drawn"
              + (why == null ? " (an internal error)" : ": " + why)
              + ". The results are kept; once fixed, draw it with: salesim report "
              + target);
      return false;
    }
  }

  /**
   * Redraws the report of a stored output folder without simulating: renders into a hidden sibling
   * folder, then swaps the new report in. If anything fails, the folder is left as it was. Only
   * report files salesim wrote are replaced: in a folder with an {@link OutputMarker}, a report
   * file it does not list is the user's, and the folder is refused. (A folder written before
   * markers existed has none; its report files are taken as salesim's, as they always were.) The
   * marker then lists the new report files. A workbook that cannot be rebuilt (its runs.csv is
   * not in the folder) is kept as it was.
   *
   * @return the names of {@link #OUTPUTS} it wrote, in that order ("charts" for the folder)
   * @throws MalformedOutputException naming the file, if the folder lacks summary.json, a file is
   *     malformed, or a report file there was not written by salesim
   */
  public static List<String> rerender(Path folder) {
    Path target = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(target)) {
      throw new MalformedOutputException(folder.toString(), "not a folder");
    }
    Path staging = target.resolveSibling("." + target.getFileName() + ".report.partial");
    Path previous = target.resolveSibling("." + target.getFileName() + ".report.previous");
    try {
      OutputMarker marker = OutputMarker.read(target);
      List<String> oldFiles = reportFiles(target);
      if (marker != null) {
        for (String file : oldFiles) {
          if (!marker.files().contains(file)) {
            throw new MalformedOutputException(
                file,
                "was not written by salesim (" + OutputMarker.FILE + " does not list it), so"
                    + " salesim will not replace it; move it out of the folder first");
          }
        }
      }
      OutputFolder.deleteTree(staging);
      OutputFolder.deleteTree(previous);
      Files.createDirectories(staging);
      render(target, staging);
      List<String> newFiles = reportFiles(staging);
      List<String> wrote = new ArrayList<>();
      for (String name : OUTPUTS) {
        if (Files.exists(staging.resolve(name))) {
          wrote.add(name);
        }
      }
      List<String> replaced = new ArrayList<>();
      for (String file : oldFiles) {
        if (wrote.stream().anyMatch(n -> file.equals(n) || file.startsWith(n + "/"))) {
          replaced.add(file);
        }
      }
      Files.createDirectories(previous);
      List<String> moved = new ArrayList<>();
      try {
        for (String name : OUTPUTS) {
          // Only what the render replaces: a workbook it could not rebuild stays.
          if (Files.exists(target.resolve(name)) && Files.exists(staging.resolve(name))) {
            Files.move(
                target.resolve(name), previous.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            moved.add(name);
          }
        }
        for (String name : OUTPUTS) {
          // A calibration report has no workbook: move what the render wrote.
          if (Files.exists(staging.resolve(name))) {
            Files.move(staging.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
          }
        }
      } catch (IOException e) {
        // Put the old report back: the folder must look as it did.
        for (String name : OUTPUTS) {
          OutputFolder.deleteTree(target.resolve(name));
        }
        for (String name : moved) {
          Files.move(previous.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      OutputMarker base =
          marker != null
              ? marker
              : new OutputMarker(
                  ProgramVersion.get(), "salesim report " + target.getFileName(), List.of());
      base.relist(replaced, newFiles).writeTo(target);
      return wrote;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot redraw the report in " + folder + ": " + e.getMessage(), e);
    } finally {
      try {
        OutputFolder.deleteTree(staging);
        OutputFolder.deleteTree(previous);
      } catch (IOException e) {
        // A hidden leftover folder is harmless; the real outcome matters more.
      }
    }
  }

  /** The report's files in {@code folder} ({@link #OUTPUTS} and what charts/ holds), relative. */
  private static List<String> reportFiles(Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    for (String file : OutputMarker.contents(folder)) {
      for (String name : OUTPUTS) {
        if (file.equals(name) || file.startsWith(name + "/")) {
          files.add(file);
        }
      }
    }
    return files;
  }

  /** The I/O failure behind an exception (PDF and chart libraries wrap them), or null. */
  private static IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  private static void removeOutputs(Path folder) {
    for (String name : OUTPUTS) {
      try {
        OutputFolder.deleteTree(folder.resolve(name));
      } catch (IOException e) {
        // Best effort: the warning already tells the user what happened.
      }
    }
  }

  /**
   * The PDF's file ID: the first 16 bytes of summary.json's SHA-256, stable for the same inputs.
   */
  static byte[] fileId(Path summary) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(summary));
      return java.util.Arrays.copyOf(digest, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + summary + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

package salesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An experiment's output folder, written whole or not at all: files go to a hidden staging
 * folder beside the target ({@code .NAME.partial}), and only a complete result replaces the old
 * folder. A failure at any point leaves the previous outputs untouched; a staging folder that
 * holds a checkpoint survives, so {@code --resume} can continue it.
 */
public final class OutputFolder implements AutoCloseable {

  /** The checkpoint file's name inside the staging folder. */
  public static final String CHECKPOINT = "checkpoint.bin";

  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Prepares the staging folder: a fresh one, or (when resuming) the one an interrupted run left.
   *
   * @throws UncheckedIOException if the target is a file, the parent cannot be written, or there
   *     is nothing to resume
   */
  public static OutputFolder open(Path target, boolean resume) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new UncheckedIOException(
          new NotDirectoryException(target + ": exists and is not a folder"));
    }
    Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    try {
      if (resume) {
        if (!Files.isRegularFile(staging.resolve(CHECKPOINT))) {
          throw new IOException("nothing to resume: no interrupted run in " + staging);
        }
      } else {
        deleteTree(staging);
        Files.createDirectories(staging);
      }
      return new OutputFolder(absolute, staging);
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    }
  }

  /** Where a run into {@code target} stages its files (and where --resume looks for them). */
  public static Path stagingOf(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".partial");
  }

  /** A file in the staging folder. */
  public Path resolve(String name) {
    return staging.resolve(name);
  }

  /** Removes a file or folder from the staging folder (working files before the commit). */
  public void discard(String name) {
    try {
      deleteTree(staging.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + staging + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the target folder with the staged one. */
  public void commit() {
    Path backup = target.resolveSibling("." + target.getFileName() + ".previous");
    try {
      deleteTree(backup);
      if (Files.exists(target)) {
        Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (Files.exists(backup) && !Files.exists(target)) {
          Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      committed = true;
      deleteTree(backup);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the results into " + target + ": " + e, e);
    }
  }

  /** The target folder. */
  public Path target() {
    return target;
  }

  /** Removes the staging folder unless it was committed or holds a checkpoint to resume. */
  @Override
  public void close() {
    if (!committed && !Files.exists(staging.resolve(CHECKPOINT))) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        // A hidden partial folder left behind is harmless; the real error matters more.
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}

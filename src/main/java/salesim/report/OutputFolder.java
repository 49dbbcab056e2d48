package salesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An experiment's output folder, written whole or not at all: files go to a temporary sibling
 * folder, and only a complete result replaces the old folder. A failure at any point leaves the
 * previous outputs untouched.
 */
public final class OutputFolder implements AutoCloseable {

  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Prepares a staging folder beside {@code target}. */
  public static OutputFolder create(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new UncheckedIOException(
          new NotDirectoryException(target + " exists and is not a folder"));
    }
    Path parent = absolute.getParent();
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
      return new OutputFolder(absolute, staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder beside " + target + ": " + e, e);
    }
  }

  /** A file in the staging folder. */
  public Path resolve(String name) {
    return staging.resolve(name);
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
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
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

  /** Removes the staging folder unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        // Leaving a hidden partial folder behind is harmless; the real error matters more.
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

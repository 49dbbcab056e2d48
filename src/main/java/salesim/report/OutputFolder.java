package salesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An experiment's output folder, written whole or not at all: files go to a hidden staging
 * folder beside the target ({@code .NAME.partial}), and only a complete result replaces the old
 * folder. A failure at any point leaves the previous outputs untouched; a staging folder that
 * holds a checkpoint survives, so {@code --resume} can continue it.
 *
 * <p>Only a folder salesim wrote may be replaced (issue 12): one whose {@link OutputMarker} lists
 * every file in it, or an empty one. A folder holding anything else is the user's: it is refused,
 * naming the folder and what is in it, unless {@code force}; then its contents are moved to a
 * visible sibling backup ({@code NAME.backup}, {@code NAME.backup-2}, ...), never deleted. A
 * read-only folder is refused either way. When the folder is the working directory or holds it
 * ({@code --out .}, {@code --out ..}), its contents are moved instead of the folder itself, so the
 * user's shell is not left in a moved or deleted folder.
 */
public final class OutputFolder implements AutoCloseable {

  /** The checkpoint file's name inside the staging folder. */
  public static final String CHECKPOINT = "checkpoint.bin";

  private final Path target;
  private final String shown;
  private final Path staging;
  private final boolean force;
  private boolean committed;
  private boolean keepStaging;

  private OutputFolder(Path target, String shown, Path staging, boolean force) {
    this.target = target;
    this.shown = shown;
    this.staging = staging;
    this.force = force;
  }

  /** As {@link #open(Path, boolean, boolean)} without {@code --force}. */
  public static OutputFolder open(Path target, boolean resume) {
    return open(target, resume, false);
  }

  /**
   * Prepares the staging folder: a fresh one, or (when resuming) the one an interrupted run left.
   *
   * @param force whether a folder salesim did not write may be used (its contents are moved aside)
   * @throws UncheckedIOException if the target is a file, a folder salesim did not write (without
   *     {@code force}), read-only, the parent cannot be written, or there is nothing to resume
   */
  public static OutputFolder open(Path target, boolean resume, boolean force) {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null) {
      throw new UncheckedIOException(
          new IOException(target + ": the root of the file system cannot be an output folder"));
    }
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new UncheckedIOException(
          new NotDirectoryException(target + ": exists and is not a folder"));
    }
    OutputFolder folder =
        new OutputFolder(
            absolute,
            target.toString(),
            stagingOf(absolute),
            force);
    folder.checkReplaceable();
    try {
      if (resume) {
        if (!Files.isRegularFile(folder.staging.resolve(CHECKPOINT))) {
          throw new IOException("nothing to resume: no interrupted run in " + folder.staging);
        }
      } else {
        deleteTree(folder.staging);
        Files.createDirectories(folder.staging);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a target salesim may not replace.
   *
   * @return whether the target exists and holds what salesim did not write (so {@code force} moves
   *     it to a backup)
   */
  private boolean checkReplaceable() {
    if (!Files.isDirectory(target)) {
      return false;
    }
    OutputMarker.Inspection inspection;
    try {
      inspection = OutputMarker.inspect(target);
    } catch (IOException e) {
      throw new UncheckedIOException(shown + ": cannot look into the folder: " + e.getMessage(), e);
    }
    if (inspection.readOnly()) {
      throw new UncheckedIOException(
          new IOException(
              "--out "
                  + shown
                  + ": the folder is read-only; salesim leaves it as it is. Make it writable or"
                  + " choose another --out"));
    }
    if (!inspection.owned() && !force) {
      throw new UncheckedIOException(
          new FileAlreadyExistsException(
              "--out "
                  + shown
                  + ": the folder holds files salesim did not write ("
                  + inspection.examples()
                  + "), so salesim will not replace it. Choose another --out, or add --force to"
                  + " move its contents to "
                  + backupFor(target).getFileName()
                  + " beside it first"));
    }
    return !inspection.owned();
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

  /**
   * Marks the staged folder as salesim's ({@link OutputMarker}) and replaces the target with it.
   * The target is checked again, since files may have been put there during the run; if it is no
   * longer replaceable the results stay in the staging folder, which the message names.
   *
   * @param command the command, as {@link OutputMarker#command()} records it
   * @return the backup that now holds what the user had in the target ({@code --force}), or null
   */
  public Path commit(String command) {
    try {
      OutputMarker.of(staging, command).writeTo(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results into " + staging + ": " + e, e);
    }
    boolean foreign;
    try {
      foreign = checkReplaceable();
    } catch (UncheckedIOException e) {
      keepStaging = true;
      throw new UncheckedIOException(
          e.getMessage() + ". The results of this run are in " + staging, e.getCause());
    }
    try {
      Path backup = null;
      if (!Files.exists(target)) {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        backup =
            foreign
                ? backupFor(target)
                : target.resolveSibling("." + target.getFileName() + ".previous");
        if (!foreign) {
          deleteTree(backup); // a leftover of an earlier, interrupted commit
        }
        if (holdsWorkingDirectory(target)) {
          moveContents(target, backup);
          moveContents(staging, target);
          Files.delete(staging);
        } else {
          Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
          try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            if (Files.exists(backup) && !Files.exists(target)) {
              Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
          }
        }
      }
      committed = true;
      if (foreign) {
        return backup;
      }
      // Everything in it was listed as salesim's (checked above): it may go.
      deleteTree(backup);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the results into " + target + ": " + e, e);
    }
  }

  /** The first free {@code NAME.backup}, {@code NAME.backup-2}, ... beside {@code folder}. */
  static Path backupFor(Path folder) {
    Path backup = folder.resolveSibling(folder.getFileName() + ".backup");
    for (int n = 2; Files.exists(backup); n++) {
      backup = folder.resolveSibling(folder.getFileName() + ".backup-" + n);
    }
    return backup;
  }

  /** Whether {@code folder} is the working directory or one of its ancestors. */
  private static boolean holdsWorkingDirectory(Path folder) throws IOException {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return cwd.toRealPath().startsWith(folder.toRealPath());
  }

  /** Moves each entry of {@code from} into {@code to} (created if needed), leaving it empty. */
  private static void moveContents(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    List<Path> entries;
    try (Stream<Path> list = Files.list(from)) {
      entries = list.sorted().toList();
    }
    for (Path entry : entries) {
      Files.move(entry, to.resolve(entry.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** The target folder. */
  public Path target() {
    return target;
  }

  /** Removes the staging folder unless it was committed or holds a checkpoint to resume. */
  @Override
  public void close() {
    if (!committed && !keepStaging && !Files.exists(staging.resolve(CHECKPOINT))) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        // A hidden partial folder left behind is harmless; the real error matters more.
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}

package salesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The file by which salesim knows an output folder as its own, {@value #FILE} (issue 12): the
 * program version, the command that wrote the folder and every file it wrote there. A folder may
 * be replaced only if every file in it is listed in its marker; a file the user put there (notes, a
 * scenario, a spreadsheet) makes the folder the user's, and salesim refuses to replace it unless
 * told to with {@code --force} (and even then moves it aside, never deletes it).
 *
 * <p>The marker holds no absolute path and no time, so the same command writes the same bytes.
 *
 * @param version the salesim version that wrote the folder
 * @param command the command, without its {@code --out} and the options that change no output
 * @param files every file written, relative to the folder, {@code /}-separated, sorted
 */
public record OutputMarker(String version, String command, List<String> files) {

  /** The marker's name inside an output folder. */
  public static final String FILE = ".salesim-output";

  private static final String FIRST_LINE =
      "This folder was written by salesim. The next run with this --out replaces it, but only"
          + " while every file in it is one listed here.";
  private static final String VERSION = "version: ";
  private static final String COMMAND = "command: ";
  private static final String FILES = "files:";
  private static final String ITEM = "  ";

  public OutputMarker {
    files = List.copyOf(new TreeSet<>(files));
  }

  /** A marker for the files now in {@code folder}, written by this version of salesim. */
  static OutputMarker of(Path folder, String command) throws IOException {
    return new OutputMarker(ProgramVersion.get(), command, contents(folder));
  }

  /** Writes this marker into {@code folder}, replacing any marker there. */
  void writeTo(Path folder) throws IOException {
    try (BufferedWriter out = OutputFiles.writer(folder.resolve(FILE))) {
      out.write(FIRST_LINE + "\n");
      out.write(VERSION + version + "\n");
      out.write(COMMAND + command + "\n");
      out.write(FILES + "\n");
      for (String file : files) {
        out.write(ITEM + file + "\n");
      }
    }
  }

  /**
   * The marker of {@code folder}, or null if it has none or the file is not a salesim marker (a
   * user's file of the same name proves nothing).
   */
  static OutputMarker read(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      return null;
    }
    if (lines.size() < 4
        || !lines.get(0).equals(FIRST_LINE)
        || !lines.get(1).startsWith(VERSION)
        || !lines.get(2).startsWith(COMMAND)
        || !lines.get(3).equals(FILES)) {
      return null;
    }
    List<String> files = new ArrayList<>();
    for (String line : lines.subList(4, lines.size())) {
      if (!line.startsWith(ITEM)) {
        return null;
      }
      files.add(line.substring(ITEM.length()));
    }
    return new OutputMarker(
        lines.get(1).substring(VERSION.length()), lines.get(2).substring(COMMAND.length()), files);
  }

  /** This marker with {@code removed} no longer listed and {@code added} listed. */
  OutputMarker relist(Collection<String> removed, Collection<String> added) {
    Set<String> listed = new TreeSet<>(files);
    listed.removeAll(removed);
    listed.addAll(added);
    return new OutputMarker(ProgramVersion.get(), command, List.copyOf(listed));
  }

  /**
   * What salesim may do with an existing folder.
   *
   * @param foreign what is in the folder that salesim did not write (files and folders, relative
   *     paths, sorted): empty for a folder salesim wrote, or an empty folder
   * @param readOnly whether the folder's owner may not write it
   */
  record Inspection(List<String> foreign, boolean readOnly) {

    Inspection {
      foreign = List.copyOf(foreign);
    }

    /** Whether salesim wrote everything in the folder (or it is empty). */
    boolean owned() {
      return foreign.isEmpty();
    }

    /** A few of the foreign entries, for a message: "notes.txt, x.yaml and 3 more". */
    String examples() {
      int shown = Math.min(3, foreign.size());
      String list = String.join(", ", foreign.subList(0, shown));
      return foreign.size() > shown ? list + " and " + (foreign.size() - shown) + " more" : list;
    }
  }

  /** Inspects an existing folder: what in it salesim did not write, and whether it is read-only. */
  static Inspection inspect(Path folder) throws IOException {
    OutputMarker marker = read(folder);
    Set<String> listed = marker == null ? Set.of() : new TreeSet<>(marker.files());
    Set<String> parents = new TreeSet<>();
    for (String file : listed) {
      for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
        parents.add(file.substring(0, slash));
      }
    }
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (p.equals(folder)) {
          continue;
        }
        String relative = relative(folder, p);
        if (relative.equals(FILE) && marker != null) {
          continue;
        }
        boolean directory = Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        boolean ours = directory ? parents.contains(relative) : listed.contains(relative);
        // Inside a foreign folder only the folder itself is named.
        if (!ours && foreign.stream().noneMatch(f -> relative.startsWith(f + "/"))) {
          foreign.add(directory ? relative + "/" : relative);
        }
      }
    }
    return new Inspection(foreign, readOnly(folder));
  }

  /** Every regular file under {@code folder} but the marker, relative and sorted. */
  static List<String> contents(Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        String relative = relative(folder, p);
        if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && !relative.equals(FILE)) {
          files.add(relative);
        }
      }
    }
    return files;
  }

  /**
   * Whether the folder's own permissions forbid writing it. Checked on the mode bits rather than
   * with {@code access(2)}, which answers yes to root whatever the mode: a folder its owner made
   * read-only is meant to stay as it is, whoever runs salesim.
   */
  private static boolean readOnly(Path folder) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
    if (posix == null) {
      return !Files.isWritable(folder);
    }
    return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
  }

  private static String relative(Path folder, Path p) {
    return folder.relativize(p).toString().replace('\\', '/');
  }
}

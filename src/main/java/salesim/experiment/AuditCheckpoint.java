package salesim.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The file an {@link Audit} saves its completed points to, so that an interrupted audit resumes
 * where it stopped: a magic word, the experiment's key (a checkpoint of another experiment is
 * refused), then each point's override, place, role and attribution, and each point that could not
 * be run with its reason. Apart from the audit's runs because it owns only the file's format.
 */
final class AuditCheckpoint {

  private static final String MAGIC = "salesim-audit-1";

  /** Receives a completed point read back. */
  interface Restored {
    void point(String key, String path, double value, String role, Attribution a);
  }

  private final Path file;
  private final String key;

  AuditCheckpoint(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /** Whether there is a checkpoint to resume from. */
  boolean exists() {
    return Files.isRegularFile(file);
  }

  /**
   * Saves every completed point, atomically: a crash mid-write leaves the previous file.
   *
   * @param points the completed points, in the order run
   * @param done each completed point's attribution, by its override
   * @param failed each point that could not be run, by its override: why
   */
  void save(List<Audit.Point> points, Map<String, Attribution> done, Map<String, String> failed) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(temporary);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      out.writeInt(done.size() + failed.size());
      for (Audit.Point p : points) {
        String k = AuditPoints.pointKey(p.path(), p.value());
        out.writeUTF(k);
        out.writeUTF(p.path());
        out.writeDouble(p.value());
        out.writeUTF(p.role());
        out.writeBoolean(true);
        done.get(k).checkpoint(out);
      }
      for (Map.Entry<String, String> f : failed.entrySet()) {
        out.writeUTF(f.getKey());
        out.writeUTF("");
        out.writeDouble(Double.NaN);
        out.writeUTF("");
        out.writeBoolean(false);
        out.writeUTF(f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit's checkpoint: " + e.getMessage(), e);
    }
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit's checkpoint: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the checkpoint back, in the order saved.
   *
   * @param fresh makes the empty attribution a completed point is read into
   * @param completed receives each completed point
   * @param failed receives each point that could not be run: why
   */
  void restore(Supplier<Attribution> fresh, Restored completed, Map<String, String> failed) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
      if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
        throw new IOException("it belongs to another experiment");
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String k = in.readUTF();
        String path = in.readUTF();
        double value = in.readDouble();
        String role = in.readUTF();
        if (in.readBoolean()) {
          Attribution a = fresh.get();
          a.restore(in);
          completed.point(k, path, value, role, a);
        } else {
          failed.put(k, in.readUTF());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot resume the audit from " + file + ": " + e.getMessage(), e);
    }
  }
}

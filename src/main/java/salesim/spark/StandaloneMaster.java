package salesim.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.experiment.ReplicationEngine;

/**
 * The master(s) of a {@code spark://HOST:PORT[,HOST:PORT...]} URL, reached over TCP before Spark
 * is started. Spark itself would retry an unreachable master three times 20 s apart and then fail
 * as an internal error; a plain connection answers at once, and its local end is the address this
 * machine uses to reach the cluster — the one the executors can call the driver back on.
 *
 * @param url the master URL as given
 * @param addresses each master's host and port, unresolved
 */
record StandaloneMaster(String url, List<InetSocketAddress> addresses) {

  /** The port a standalone master listens on unless its URL says otherwise. */
  static final int DEFAULT_PORT = 7077;

  StandaloneMaster {
    addresses = List.copyOf(addresses);
  }

  /** The masters of a {@code spark://} URL, or null for any other master (local, yarn, k8s). */
  static StandaloneMaster parse(String url) {
    if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("spark://")) {
      return null;
    }
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (String hostPort : url.substring("spark://".length()).split(",")) {
      String host = hostPort;
      int port = DEFAULT_PORT;
      int colon = hostPort.lastIndexOf(':');
      if (colon >= 0 && !hostPort.endsWith("]")) {
        host = hostPort.substring(0, colon);
        try {
          port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
          port = -1;
        }
      }
      if (host.startsWith("[") && host.endsWith("]")) { // an IPv6 address
        host = host.substring(1, host.length() - 1);
      }
      if (host.isEmpty() || port < 1 || port > 65_535) {
        throw new IllegalArgumentException(
            "--master " + url + ": expected spark://HOST:PORT (got \"" + hostPort + "\")");
      }
      addresses.add(InetSocketAddress.createUnresolved(host, port));
    }
    return new StandaloneMaster(url, addresses);
  }

  /**
   * Connects to each master in turn and returns this machine's address on the first connection
   * that succeeds.
   *
   * @throws ReplicationEngine.Failure if no master accepts a connection within the timeout
   */
  InetAddress reach(int timeoutMillis) {
    List<String> problems = new ArrayList<>();
    for (InetSocketAddress master : addresses) {
      InetSocketAddress resolved = new InetSocketAddress(master.getHostString(), master.getPort());
      String where = master.getHostString() + ":" + master.getPort();
      if (resolved.isUnresolved()) {
        problems.add("unknown host " + master.getHostString());
        continue;
      }
      try (Socket socket = new Socket()) {
        socket.connect(resolved, timeoutMillis);
        return socket.getLocalAddress();
      } catch (ConnectException e) {
        problems.add("nothing listens at " + where + " (connection refused)");
      } catch (SocketTimeoutException e) {
        problems.add("no answer from " + where + " in " + timeoutMillis / 1000 + " s");
      } catch (IOException e) {
        problems.add("cannot connect to " + where + " (" + e.getMessage() + ")");
      }
    }
    throw new ReplicationEngine.Failure(
        "--master " + url + ": cannot reach the Spark master: " + String.join("; ", problems)
            + ". Check that the master is running and that the URL is the one its log and web UI"
            + " show (spark://HOST:PORT), and that no firewall stands between here and it");
  }

  /**
   * The address to give as {@code spark.driver.host}: the local end of the connection to the
   * master, when it is an IPv4 address (Spark's IPv6 host names need brackets it does not add).
   */
  static String driverHost(InetAddress local) {
    return local instanceof Inet4Address && !local.isAnyLocalAddress()
        ? local.getHostAddress()
        : null;
  }
}

package vn.hungyen.khcn.portal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between the portal's connection pool and MariaDB that a test can cut and restore: a database outage
 * without stopping the shared server. Cut, it drops every open connection and accepts new ones without ever
 * answering — what a crashed or unreachable server looks like to the driver, the worst case for time-outs.
 */
final class CuttableTcpProxy implements AutoCloseable {

    private static final Pattern MARIADB_URL = Pattern.compile("jdbc:mariadb://([^:/?]+)(?::(\\d+))?(.*)");

    private final InetSocketAddress upstream;
    private final String rest;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    /** A relay to the server of a MariaDB JDBC URL; {@link #jdbcUrl()} is the same URL through the relay. */
    CuttableTcpProxy(String mariaDbUrl) throws IOException {
        Matcher m = MARIADB_URL.matcher(mariaDbUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:mariadb://host[:port]/… URL: " + mariaDbUrl);
        }
        this.upstream = new InetSocketAddress(m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)));
        this.rest = m.group(3);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("tcp-proxy-accept").start(this::accept);
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + server.getLocalPort() + rest;
    }

    /** The outage: open connections are dropped, new ones are accepted and never answered. */
    void cut() {
        cut = true;
        closeAll();
    }

    /** The database is back: connections are relayed again (the held ones are closed). */
    void restore() {
        cut = false;
        closeAll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                if (cut) {
                    continue;
                }
                Socket db = new Socket();
                db.connect(upstream, 2000);
                open.add(db);
                relay(client, db);
                relay(db, client);
            } catch (IOException e) {
                // The server socket closed, or MariaDB refused: the client sees its connection fail.
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // One side closed: close both below.
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private void closeAll() {
        open.forEach(this::close);
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        closeAll();
    }
}

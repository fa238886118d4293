package dev.plangraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs a community Neo4j 5.26 in this JVM with a Bolt connector on a loopback address, for
 * development, tests and CI on machines without a Neo4j server or Docker.
 *
 * Protocol on stdout (everything else goes to stderr, which the parent sends to a log file):
 *   PLANGRAPH_NEO4J_PROGRESS <text>
 *   PLANGRAPH_NEO4J_READY bolt://HOST:PORT version=5.26.x edition=community pid=N
 *   PLANGRAPH_NEO4J_FAILED <reason>            (then exit 1, or 3 when the store is locked)
 *
 * Lifetime: a shutdown hook stops Neo4j cleanly on SIGTERM/SIGINT; and unless --ignore-stdin is
 * given, end of stdin means the parent has gone (even if it was SIGKILLed), so we shut down too.
 */
public final class Launcher {
    static final String PREFIX = "PLANGRAPH_NEO4J_";
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_LOCKED = 3;
    static final String LOCK_FILE = "launcher.lock";

    private static PrintStream protocol;
    private static volatile DatabaseManagementService service;
    private static final Object STOP = new Object();
    private static boolean stopped;
    /**
     * The store lock, held for the life of the JVM. It must stay reachable: a FileChannel that the garbage collector
     * reclaims closes its descriptor, and closing it releases the lock while Neo4j still runs.
     */
    private static volatile FileLock storeLock;

    private Launcher() {}

    public static void main(String[] argv) {
        // Keep the real stdout for protocol lines only; anything a library prints goes to the log.
        protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(argv, System.getenv());
        } catch (IllegalArgumentException e) {
            fail(EXIT_USAGE, e.getMessage() + "\n" + Options.USAGE);
            return;
        }

        Path home = options.home.toAbsolutePath();
        FileLock lock;
        try {
            Files.createDirectories(home);
            lock = lockHome(home);
            storeLock = lock;
        } catch (IOException e) {
            fail(EXIT_FAILED, "cannot use the directory " + home + ": " + e.getMessage());
            return;
        }
        if (lock == null) {
            String holder = readHolder(home);
            fail(EXIT_LOCKED, "the Neo4j store in " + home + " is locked by another process"
                + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                + "; wait for it to stop, stop it (kill " + (holder.isEmpty() ? "<pid>" : holder) + "),"
                + " or use another data directory.");
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "plangraph-shutdown"));
        if (!options.ignoreStdin) watchStdin();

        try {
            int port = options.port != 0 ? options.port : freePort(options.address);
            progress("starting Neo4j in " + home + " with Bolt on " + options.address + ":" + port);
            long started = System.nanoTime();
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.address, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(options.address, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Loopback only: the address is checked in Options.
                .setConfig(GraphDatabaseSettings.auth_enabled, false);
            options.applyTo(builder);
            DatabaseManagementService dbms = builder.build();
            synchronized (STOP) {
                service = dbms;
                if (stopped) return; // a signal arrived while Neo4j was starting; the hook shuts it down
            }
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            while (!db.isAvailable(Duration.ofSeconds(1).toMillis())) {
                progress("waiting for the database to become available");
            }
            String[] component = components(db);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.err.println("[launcher] ready in " + ms + " ms");
            protocol.println(PREFIX + "READY bolt://" + options.address + ":" + port
                + " version=" + component[0] + " edition=" + component[1]
                + " pid=" + ProcessHandle.current().pid());
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            boolean locked = isLockProblem(t);
            fail(locked ? EXIT_LOCKED : EXIT_FAILED, (locked
                ? "the Neo4j store in " + home + " is locked by another process; stop it or use another data directory: "
                : "Neo4j did not start: ") + rootMessage(t));
        }
    }

    private static String[] components(GraphDatabaseService db) {
        return db.executeTransactionally(
            "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
            Map.of(),
            result -> {
                Map<String, Object> row = result.next();
                return new String[] {String.valueOf(row.get("version")), String.valueOf(row.get("edition"))};
            });
    }

    /** Our own lock next to Neo4j's: taken before Neo4j starts, so we fail fast and can name the holder. */
    private static FileLock lockHome(Path home) throws IOException {
        Path file = home.resolve(LOCK_FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
        return lock; // kept in storeLock until the JVM exits; the OS releases it even on SIGKILL
    }

    private static String readHolder(Path home) {
        try {
            return Files.readString(home.resolve(LOCK_FILE), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort(String address) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // the parent may write anything; only end of input matters
                }
            } catch (IOException e) {
                // a broken pipe means the same as end of input
            }
            System.err.println("[launcher] stdin closed: the parent process has gone; shutting down");
            System.exit(0); // runs the shutdown hook
        }, "plangraph-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void stop() {
        DatabaseManagementService dbms;
        synchronized (STOP) {
            if (stopped) return;
            stopped = true;
            dbms = service;
        }
        if (dbms == null) return;
        long started = System.nanoTime();
        System.err.println("[launcher] shutting down Neo4j");
        try {
            dbms.shutdown();
            System.err.println("[launcher] Neo4j stopped in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        } catch (Throwable t) {
            t.printStackTrace(System.err);
        }
    }

    private static boolean isLockProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            String message = String.valueOf(c.getMessage()).toLowerCase();
            if (name.contains("FileLockException") || message.contains("locked by another")) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replace('\n', ' ') + " (see the launcher log for the stack trace)";
    }

    static void progress(String message) {
        protocol.println(PREFIX + "PROGRESS " + message);
        System.err.println("[launcher] " + message);
    }

    private static void fail(int code, String message) {
        System.err.println("[launcher] " + message);
        protocol.println(PREFIX + "FAILED " + message.replace('\n', ' '));
        System.exit(code);
    }

    /** Command-line options; each may also come from the environment (flag wins). */
    static final class Options {
        static final String USAGE = "usage: Launcher --home DIR [--address 127.0.0.1] [--port 0] [--page-cache 256m]"
            + " [--tx-timeout 0s] [--ignore-stdin]   (env: PLANGRAPH_NEO4J_HOME, _ADDRESS, _PORT, _PAGE_CACHE, _TX_TIMEOUT)";

        Path home;
        String address = "127.0.0.1";
        int port;
        String pageCache = "256m";
        String txTimeout;
        boolean ignoreStdin;

        static Options parse(String[] argv, Map<String, String> env) {
            Map<String, String> values = new HashMap<>();
            for (String key : new String[] {"home", "address", "port", "page-cache", "tx-timeout"}) {
                String fromEnv = env.get("PLANGRAPH_NEO4J_" + key.toUpperCase().replace('-', '_'));
                if (fromEnv != null && !fromEnv.isBlank()) values.put(key, fromEnv.trim());
            }
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                String arg = argv[i];
                if (arg.equals("--ignore-stdin")) {
                    o.ignoreStdin = true;
                } else if (isKnown(arg)) {
                    if (i + 1 >= argv.length) throw new IllegalArgumentException(arg + " needs a value");
                    values.put(arg.substring(2), argv[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (!values.containsKey("home")) throw new IllegalArgumentException("--home DIR is required");
            o.home = Path.of(values.get("home"));
            o.address = values.getOrDefault("address", o.address);
            if (!isLoopback(o.address)) {
                throw new IllegalArgumentException("--address " + o.address
                    + " is not a loopback address; the embedded Neo4j runs without authentication, so it only listens on 127.0.0.1 or ::1");
            }
            try {
                o.port = Integer.parseInt(values.getOrDefault("port", "0"));
            } catch (NumberFormatException e) {
                o.port = -1;
            }
            if (o.port < 0 || o.port > 65535) {
                throw new IllegalArgumentException("--port " + values.get("port") + " is not a port number from 0 (pick a free one) to 65535");
            }
            o.pageCache = values.getOrDefault("page-cache", o.pageCache);
            o.txTimeout = values.get("tx-timeout");
            return o;
        }

        private static boolean isKnown(String arg) {
            return switch (arg) {
                case "--home", "--address", "--port", "--page-cache", "--tx-timeout" -> true;
                default -> false;
            };
        }

        private static boolean isLoopback(String address) {
            try {
                return InetAddress.getByName(address).isLoopbackAddress();
            } catch (IOException e) {
                return false;
            }
        }

        void applyTo(DatabaseManagementServiceBuilder builder) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache));
            // Small transaction logs, not preallocated: this store is for development, tests and CI.
            builder.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
            builder.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
            // Bolt waits 5 s + 5 s for connections and its threads on shutdown by default; our clients have gone by then.
            builder.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
            builder.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
            // Clients pass their own timeouts (driver transaction config); this is an optional server-side ceiling.
            if (txTimeout != null) {
                builder.setConfig(GraphDatabaseSettings.transaction_timeout,
                    ((SettingImpl<Duration>) GraphDatabaseSettings.transaction_timeout).parse(txTimeout));
            }
        }
    }
}

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with the Bolt connector on 127.0.0.1, until SIGTERM.
 * Usage: java -cp <classpath> Launcher.java <dataDir> <boltPort> <pageCache>
 * Prints "reelgraph-neo4j ready" once Bolt accepts connections; the shutdown hook
 * closes the store cleanly, so a stop never leaves it needing recovery.
 */
public class Launcher {
  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int boltPort = Integer.parseInt(args[1]);
    String pageCache = args[2];

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
        // The API's transactions time out within its 2 s request budget; the default 2 s
        // between checks would let one overrun it.
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("reelgraph-neo4j stopping");
      service.shutdown();
      System.out.println("reelgraph-neo4j stopped");
    }));

    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    System.out.println("reelgraph-neo4j ready on bolt://127.0.0.1:" + boltPort);
  }
}

import io.github.aimilestones.data.Milestones;
import java.lang.management.ManagementFactory;

/**
 * How long the embedded catalog takes to load, cold (first use in a fresh JVM, class loading included) and warm
 * (a re-read with positions, as the gate does), and what a re-read allocates. A benchmark command, not a test:
 *
 * <pre>
 * mvn -q -B -DskipTests install
 * mvn -q -B -pl milestones-cli dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "milestones-cli/target/classes:$(cat /tmp/cp.txt)" tools/bench/EmbeddedLoad.java
 * </pre>
 */
public class EmbeddedLoad {
    public static void main(String[] args) {
        long start = System.nanoTime();
        var catalog = Milestones.catalog();
        System.out.printf("cold load: %.0f ms (%s)%n", (System.nanoTime() - start) / 1e6, catalog);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 50; i++) {
            Milestones.read();  // warm-up
        }
        int runs = 100;
        long allocated = threads.getCurrentThreadAllocatedBytes();
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Milestones.read();
        }
        System.out.printf("warm re-read with positions: %.1f ms, %.1f MB allocated%n",
                (System.nanoTime() - start) / 1e6 / runs, (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6 / runs);
    }
}

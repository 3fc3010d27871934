import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service's CPU goes, from a Java Flight Recorder file of it under load: every execution
 * sample is counted once, for the library of its innermost frame that is not the JDK's own (a
 * HashMap lookup counts for whoever asked for it), grouped into the parts of a request.
 *   java bench/ProfileGroups.java recording.jfr
 */
public class ProfileGroups {

    /** Package prefixes and the part they stand for; the first that fits wins. */
    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("org.zhulian.audit", "audit (our queue and writes)");
        GROUPS.put("org.zhulian.security", "tokens, jurisdiction, masking (ours)");
        GROUPS.put("org.zhulian.system.graphql", "GraphQL instrumentation and limits (ours)");
        GROUPS.put("org.zhulian", "data fetchers and repositories (ours)");
        GROUPS.put("org.neo4j.driver", "Neo4j driver (Bolt client)");
        GROUPS.put("org.neo4j.bolt", "Neo4j Bolt server");
        GROUPS.put("org.neo4j.cypher", "Neo4j Cypher (planning and runtime)");
        GROUPS.put("org.neo4j", "Neo4j kernel and store");
        GROUPS.put("org.springframework.data.neo4j", "Spring Data Neo4j");
        GROUPS.put("org.springframework.graphql", "Spring for GraphQL");
        GROUPS.put("graphql", "graphql-java (parse, validate, execute)");
        GROUPS.put("org.springframework.security", "Spring Security (filters, JWT)");
        GROUPS.put("com.nimbusds", "Spring Security (filters, JWT)");
        GROUPS.put("org.springframework.web", "Spring MVC");
        GROUPS.put("org.springframework", "Spring (other)");
        GROUPS.put("tools.jackson", "JSON (Jackson)");
        GROUPS.put("com.fasterxml.jackson", "JSON (Jackson)");
        GROUPS.put("org.apache.catalina", "Tomcat");
        GROUPS.put("org.apache.coyote", "Tomcat");
        GROUPS.put("org.apache.tomcat", "Tomcat");
        GROUPS.put("io.netty", "Netty (driver and Bolt I/O)");
        GROUPS.put("reactor", "Reactor");
        GROUPS.put("io.micrometer", "Micrometer (metrics, observations)");
        GROUPS.put("ch.qos.logback", "logging");
        GROUPS.put("org.slf4j", "logging");
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        for (var event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            total++;
            counts.merge(group(event.getStackTrace()), 1, Integer::sum);
        }
        System.out.printf("%,d execution samples%n", total);
        int all = total;
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
    }

    static String group(RecordedStackTrace stack) {
        if (stack == null) {
            return "(no stack)";
        }
        List<RecordedFrame> frames = stack.getFrames();
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("javax.")) {
                continue;
            }
            return GROUPS.entrySet().stream().filter(g -> type.startsWith(g.getKey())).map(Map.Entry::getValue).findFirst()
                    .orElse("other: " + type.substring(0, Math.max(0, type.lastIndexOf('.'))));
        }
        return "JDK only: " + (frames.isEmpty() ? "?" : frames.getFirst().getMethod().getType().getName());
    }
}

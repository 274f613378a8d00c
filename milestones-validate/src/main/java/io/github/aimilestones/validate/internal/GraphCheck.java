package io.github.aimilestones.validate.internal;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.validate.Rule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** The builds-on graph: no milestone builds on itself, directly or through others. */
final class GraphCheck {

    private GraphCheck() {
    }

    /**
     * Checks the builds-on graph.
     *
     * @param context the context to report to
     */
    static void run(Context context) {
        MutableGraph<String> graph = GraphBuilder.directed().allowsSelfLoops(true).build();
        for (Milestone m : context.catalog().milestones()) {
            graph.addNode(m.id());
            for (int i = 0; i < m.buildsOn().size(); i++) {
                String earlier = m.buildsOn().get(i);
                if (earlier.equals(m.id())) {
                    context.report(Rule.GRAPH_SELF_REFERENCE, RecordKind.MILESTONE, m.id(), "/buildsOn/" + i,
                            "builds on itself: remove \"" + earlier + "\" from buildsOn",
                            "基于自身：请从 buildsOn 中删除 \"" + earlier + "\"");
                } else if (context.catalog().milestone(earlier).isPresent()) {
                    graph.putEdge(m.id(), earlier);
                }
            }
        }
        if (Graphs.hasCycle(graph)) {
            for (List<String> cycle : cycles(graph, context)) {
                String path = String.join(" -> ", cycle) + " -> " + cycle.get(0);
                context.report(Rule.GRAPH_CYCLE, RecordKind.MILESTONE, cycle.get(0), "/buildsOn",
                        "builds-on links form a cycle: " + path + ": remove the link that points to the later milestone",
                        "buildsOn 链接构成了环：" + path + "：请删除指向较晚里程碑的那条链接");
            }
        }
    }

    /** One cycle per strongly connected component, found by depth-first search, in catalog order. */
    private static List<List<String>> cycles(MutableGraph<String> graph, Context context) {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Milestone m : context.catalog().milestones()) {
            if (done.contains(m.id())) {
                continue;
            }
            Set<String> onPath = new HashSet<>();
            Deque<Iterator<String>> stack = new ArrayDeque<>();
            Deque<String> path = new ArrayDeque<>();
            path.push(m.id());
            onPath.add(m.id());
            stack.push(graph.successors(m.id()).stream().sorted().iterator());
            while (!stack.isEmpty()) {
                if (!stack.peek().hasNext()) {
                    stack.pop();
                    String finished = path.pop();
                    onPath.remove(finished);
                    done.add(finished);
                    continue;
                }
                String next = stack.peek().next();
                if (onPath.contains(next)) {
                    List<String> cycle = new ArrayList<>();
                    for (Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                        cycle.add(it.next());
                    }
                    cycles.add(new ArrayList<>(cycle.subList(cycle.indexOf(next), cycle.size())));
                } else if (!done.contains(next)) {
                    path.push(next);
                    onPath.add(next);
                    stack.push(graph.successors(next).stream().sorted().iterator());
                }
            }
        }
        return cycles;
    }
}

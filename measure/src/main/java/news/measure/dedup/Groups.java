package news.measure.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Union-find over names: the transitive closure of "same group" links, and the pairs it implies. */
final class Groups {
    private final Map<String, String> parent = new HashMap<>();

    void link(String a, String b) {
        String rootA = root(a);
        String rootB = root(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    String root(String name) {
        String at = name;
        while (parent.containsKey(at) && !parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    /** Every unordered pair of names in one group, as "a\tb" with a < b. */
    Set<String> pairs() {
        var members = new TreeMap<String, List<String>>();
        for (String name : parent.keySet()) {
            members.computeIfAbsent(root(name), r -> new ArrayList<>()).add(name);
        }
        for (String root : new ArrayList<>(members.keySet())) {
            if (!members.get(root).contains(root)) {
                members.get(root).add(root);
            }
        }
        var pairs = new HashSet<String>();
        for (List<String> group : members.values()) {
            List<String> sorted = group.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.add(sorted.get(i) + "\t" + sorted.get(j));
                }
            }
        }
        return pairs;
    }
}

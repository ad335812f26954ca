package dev.modelyard.core.frame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions for misspelt column and option names. */
public final class Names {
    private Names() {}

    /** Up to three names within a small edit distance of {@code wanted}, closest first. */
    public static List<String> closest(String wanted, Collection<String> candidates) {
        String w = wanted.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            String l = c.toLowerCase(Locale.ROOT);
            int limit = Math.max(2, w.length() / 3);
            if (distance(w, l) <= limit || (w.length() >= 3 && (l.contains(w) || w.contains(l)))) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(c -> distance(w, c.toLowerCase(Locale.ROOT))));
        return out.subList(0, Math.min(3, out.size()));
    }

    /** " (did you mean 'x'?)" or, with no close name, " (columns: a, b, …)"; empty when there are no candidates. */
    public static String suggestion(String wanted, Collection<String> candidates) {
        List<String> close = closest(wanted, candidates);
        if (!close.isEmpty()) {
            return " (did you mean " + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?)";
        }
        if (candidates.isEmpty()) {
            return "";
        }
        List<String> all = new ArrayList<>(candidates);
        String shown = String.join(", ", all.subList(0, Math.min(12, all.size())));
        return " (columns: " + shown + (all.size() > 12 ? ", …" : "") + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

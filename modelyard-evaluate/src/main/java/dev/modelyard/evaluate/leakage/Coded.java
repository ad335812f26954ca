package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import java.util.HashMap;
import java.util.Map;

/**
 * A column reduced to level codes {@code 0..levelCount-1}, nulls included as a level of their own, so that
 * out-of-fold level means can score it. Numeric columns get here through {@link QuantileBins}.
 */
record Coded(int[] codes, int levelCount) {
    /** Dictionary codes, with nulls as the level after the last. */
    static Coded of(CategoricalColumn c) {
        int nullLevel = c.levelCount();
        int[] codes = new int[c.size()];
        for (int i = 0; i < codes.length; i++) {
            int code = c.code(i);
            codes[i] = code < 0 ? nullLevel : code;
        }
        return new Coded(codes, nullLevel + 1);
    }

    /** Distinct strings numbered in order of first appearance; null is a level too. */
    static Coded ofStrings(Column c) {
        Map<String, Integer> index = new HashMap<>();
        int[] codes = new int[c.size()];
        int nullLevel = -1;
        for (int i = 0; i < codes.length; i++) {
            String s = c.getString(i);
            if (s == null) {
                if (nullLevel < 0) {
                    nullLevel = index.size();
                    index.put(null, nullLevel); // reserves the code so later strings do not take it
                }
                codes[i] = nullLevel;
            } else {
                Integer code = index.get(s);
                if (code == null) {
                    code = index.size();
                    index.put(s, code);
                }
                codes[i] = code;
            }
        }
        return new Coded(codes, index.size());
    }
}

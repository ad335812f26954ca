package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.features.FittedHashedTfidf;
import dev.modelyard.scoring.features.TokenHasher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashedTfidfTest {
    private static final int N = 1024;
    private static final Frame CORPUS = Frame.of(TextColumn.of("t", new String[] {"the cat", "The dog, the END!", null}));

    private static FittedHashedTfidf fit() {
        return new HashedTfidf(new HashedTfidf.Params(N, false)).fit(CORPUS, null, FitContext.seeded(1));
    }

    @Test
    void tfidfOfATinyCorpus() {
        Set<Integer> buckets = new HashSet<>();
        for (String w : List.of("the", "cat", "dog", "end")) {
            buckets.add(TokenHasher.bucket(w, N));
        }
        assertThat(buckets).as("the test words land in distinct buckets").hasSize(4);
        // N = 3 training rows (the missing one counts as an empty document); df: the 2, cat/dog/end 1.
        double idf2 = Math.log(4.0 / 3.0) + 1;
        double idf1 = Math.log(4.0 / 2.0) + 1;
        FittedHashedTfidf t = fit();
        double[] idf = t.idf(0);
        assertThat(idf[TokenHasher.bucket("the", N)]).isCloseTo(idf2, within(1e-12));
        assertThat(idf[TokenHasher.bucket("dog", N)]).isCloseTo(idf1, within(1e-12));
        int empty = 0;
        while (buckets.contains(empty)) {
            empty++;
        }
        assertThat(idf[empty]).as("a bucket no document uses").isCloseTo(Math.log(4.0) + 1, within(1e-12));

        Frame out = t.transform(CORPUS);
        assertThat(out.columnCount()).isEqualTo(N);
        assertThat(out.column(0).name()).isEqualTo("t__h0");
        // Row 1: "the" twice, "dog" and "end" once.
        double the = 2 * idf2;
        double norm = Math.sqrt(the * the + 2 * idf1 * idf1);
        assertThat(value(out, 1, "the")).isCloseTo(the / norm, within(1e-12));
        assertThat(value(out, 1, "dog")).isCloseTo(idf1 / norm, within(1e-12));
        assertThat(value(out, 1, "end")).isCloseTo(idf1 / norm, within(1e-12));
        assertThat(value(out, 1, "cat")).isZero();
        // Missing text: all zeros; every other row has unit length.
        double sq0 = 0;
        for (int b = 0; b < N; b++) {
            assertThat(out.column(b).getDouble(2)).isZero();
            sq0 += Math.pow(out.column(b).getDouble(0), 2);
        }
        assertThat(sq0).isCloseTo(1.0, within(1e-12));
    }

    private static double value(Frame out, int row, String word) {
        return out.column("t__h" + TokenHasher.bucket(word, N)).getDouble(row);
    }

    @Test
    void hashIsAFixedFunctionOfTheCharacters() {
        // Golden values: buckets must never change between JVMs or versions, or saved bundles would score differently.
        assertThat(TokenHasher.bucket("hello", 256)).isEqualTo(TokenHasher.bucket("HELLO", 256));
        assertThat(TokenHasher.bucket("hello", 1 << 30)).isEqualTo(143_488_622).isEqualTo(reference("hello"));
        assertThat(TokenHasher.bucket("Naïve", 1 << 30)).isEqualTo(458_097_339).isEqualTo(reference("naïve"));
    }

    /** The documented hash written out plainly: FNV-1a over lower-cased code points, then murmur3 fmix32. */
    private static int reference(String token) {
        int h = 0x811C9DC5;
        for (int cp : token.codePoints().toArray()) {
            h = (h ^ Character.toLowerCase(cp)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return Integer.remainderUnsigned(h, 1 << 30);
    }

    @Test
    void categoricalInputAtPredictTimeGivesTheSameVectors() {
        FittedHashedTfidf t = fit();
        String[] s = {"the cat", "The dog, the END!", null};
        Frame asCat = Frame.of(CategoricalColumn.fromStrings("t", s));
        Frame a = t.transform(CORPUS);
        Frame b = t.transform(asCat);
        for (int i = 0; i < 3; i++) {
            RowBuffer row = RowPath.apply(t, asCat, i);
            for (int k = 0; k < N; k++) {
                Column c = a.column(k);
                assertThat(b.column(k).getDouble(i)).isEqualTo(c.getDouble(i));
                assertThat(row.num[k]).isEqualTo(c.getDouble(i));
            }
        }
    }

    @Test
    void unseenWordsOnlyUseTheirBucketsWeights() {
        FittedHashedTfidf t = fit();
        Frame later = Frame.of(TextColumn.of("t", new String[] {"zebra", "", "!!!"}));
        Frame out = t.transform(later);
        assertThat(out.column("t__h" + TokenHasher.bucket("zebra", N)).getDouble(0)).isCloseTo(1.0, within(1e-12));
        for (int b = 0; b < N; b++) {
            assertThat(out.column(b).getDouble(1)).isZero();
            assertThat(out.column(b).getDouble(2)).isZero();
        }
    }
}

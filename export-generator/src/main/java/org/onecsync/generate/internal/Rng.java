package org.onecsync.generate.internal;

import java.util.List;

/**
 * A small, fully specified pseudo-random generator (SplitMix64) and the hash functions that derive
 * independent streams from a seed and a few coordinates. Unlike {@link java.util.SplittableRandom} its
 * output is defined by this code alone, so generated exports stay byte-identical across JDK versions.
 */
public final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * @param seed the initial state; use {@link #hash} to derive it from coordinates
     */
    public Rng(long seed) {
        this.state = seed;
    }

    /**
     * The SplitMix64 finaliser: a bijection on 64 bits that spreads every input bit over the output.
     *
     * @param z the value to mix
     * @return the mixed value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A hash of a seed and coordinates, for seeding per-item generators and pure value functions.
     *
     * @param seed the export seed
     * @param parts the coordinates (entity kind, item index, …)
     * @return a well-mixed 64-bit value
     */
    public static long hash(long seed, long... parts) {
        long h = mix(seed + GOLDEN);
        for (long part : parts) {
            h = mix(h + GOLDEN + mix(part ^ 0xD6E8FEB86659FD93L));
        }
        return h;
    }

    /**
     * A generator for one item, seeded from a seed and coordinates.
     *
     * @param seed the export seed
     * @param parts the coordinates
     * @return a new generator
     */
    public static Rng of(long seed, long... parts) {
        return new Rng(hash(seed, parts));
    }

    /**
     * @return the next 64 random bits
     */
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /**
     * @param bound the exclusive upper bound, positive
     * @return a value in {@code [0, bound)}
     */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /**
     * @param low the inclusive lower bound
     * @param high the inclusive upper bound, at least {@code low}
     * @return a value in {@code [low, high]}
     */
    public int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    /**
     * @param percent the chance, 0 to 100
     * @return true with the given chance
     */
    public boolean percent(int percent) {
        return nextInt(100) < percent;
    }

    /**
     * @param values the candidates, not empty
     * @param <T> the element type
     * @return one of them
     */
    public <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /**
     * @param values the candidates, not empty
     * @return one of them
     */
    public String pick(String[] values) {
        return values[nextInt(values.length)];
    }

    /**
     * Shuffles indices {@code 0..n-1} (Fisher–Yates) deterministically.
     *
     * @param n how many indices
     * @return the shuffled indices
     */
    public int[] permutation(int n) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int tmp = result[i];
            result[i] = result[j];
            result[j] = tmp;
        }
        return result;
    }
}

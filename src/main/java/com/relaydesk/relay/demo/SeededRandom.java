package com.relaydesk.relay.demo;

import java.util.Random;

/**
 * {@link Random}'s own generator (the 48-bit LCG its documentation specifies), with its state
 * readable and settable: a saved demo goes on with the numbers it would have drawn next. The same
 * seed gives the same numbers as {@code new Random(seed)}, so the demo world stays the same.
 */
final class SeededRandom extends Random {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    // No initialiser: Random's constructor calls setSeed before this class's initialisers would run.
    private long state;

    SeededRandom(long seed) {
        super(seed);
    }

    @Override
    public synchronized void setSeed(long seed) {
        super.setSeed(seed);
        state = (seed ^ MULTIPLIER) & MASK;
    }

    @Override
    protected synchronized int next(int bits) {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return (int) (state >>> (48 - bits));
    }

    /** Where the sequence is now (nextGaussian's spare value is not kept: the demo does not use it). */
    synchronized long state() {
        return state;
    }

    synchronized void restore(long saved) {
        state = saved & MASK;
    }
}

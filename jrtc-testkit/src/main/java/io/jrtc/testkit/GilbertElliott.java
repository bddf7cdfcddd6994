package io.jrtc.testkit;

/**
 * Bursty loss as a two-state Markov chain (Gilbert-Elliott): a link is either in the Good or the
 * Bad state; each packet is lost with the current state's loss probability, then the state may
 * change. Real paths lose packets in bursts (a full queue, a Wi-Fi fade), which stresses
 * retransmission and FEC far more than independent loss of the same average rate.
 *
 * @param goodToBad probability of moving from Good to Bad after a packet (p)
 * @param badToGood probability of moving from Bad to Good after a packet (r)
 * @param lossInGood loss probability in the Good state (1 - k)
 * @param lossInBad loss probability in the Bad state (1 - h)
 */
public record GilbertElliott(double goodToBad, double badToGood, double lossInGood, double lossInBad) {
    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if a probability is outside [0, 1]
     */
    public GilbertElliott {
        LinkConditions.checkProbability("goodToBad", goodToBad);
        LinkConditions.checkProbability("badToGood", badToGood);
        LinkConditions.checkProbability("lossInGood", lossInGood);
        LinkConditions.checkProbability("lossInBad", lossInBad);
    }

    /**
     * The simple Gilbert model (nothing lost in Good, everything in Bad) with the given average
     * loss rate and average burst length in packets: r = 1 / burst, p = loss · r / (1 − loss).
     *
     * @throws IllegalArgumentException if the loss is not in (0, 1), the burst is shorter than one
     *     packet, or the two cannot be combined (p would exceed 1)
     */
    public static GilbertElliott bursts(double meanLoss, double meanBurstLength) {
        if (!(meanLoss > 0 && meanLoss < 1)) {
            throw new IllegalArgumentException("mean loss must be in (0, 1): " + meanLoss);
        }
        if (!(meanBurstLength >= 1)) {
            throw new IllegalArgumentException("mean burst length must be >= 1 packet: " + meanBurstLength);
        }
        double badToGood = 1 / meanBurstLength;
        double goodToBad = meanLoss * badToGood / (1 - meanLoss);
        if (goodToBad > 1) {
            throw new IllegalArgumentException("loss " + meanLoss + " with bursts of " + meanBurstLength
                    + " packets needs P(good->bad) = " + goodToBad + " > 1; use longer bursts");
        }
        return new GilbertElliott(goodToBad, badToGood, 0, 1);
    }

    /** Long-run probability of being in the Bad state: p / (p + r). */
    public double badStateProbability() {
        double sum = goodToBad + badToGood;
        return sum == 0 ? 0 : goodToBad / sum;
    }

    /** Long-run average loss rate. */
    public double meanLoss() {
        double bad = badStateProbability();
        return bad * lossInBad + (1 - bad) * lossInGood;
    }
}

package fr.oasis.accessibility.engine;

import java.util.Arrays;

/**
 * The communes whose data can change the APL of a study area (edge effects). {@code APL_i} sums
 * {@code R_j} over the communes {@code j} that {@code i} reaches, and each {@code R_j} depends on
 * the demand of every commune {@code k} reaching {@code j}. So an exact APL for the study area
 * needs the supply within one catchment of it and the demand within two: for the DREES steps,
 * every commune up to 20 minutes away (supply and demand) and up to 40 minutes (demand), across
 * département and national borders alike.
 *
 * <p>Usage: build a catchment over a generous territory, call {@link #requiredCommunes}, compute
 * on that subset, and publish only the study communes. O(pairs of the communes involved).
 * Stateless, thread-safe.
 */
public final class StudyAreaMargin {

    private StudyAreaMargin() {
    }

    /**
     * @param catchment pairs within the zero point over a territory containing the study area and
     *                  its margin
     * @param study     indices of the study communes
     * @return sorted indices: the study communes, the communes they reach, and the communes
     *         reaching those
     */
    public static int[] requiredCommunes(Catchment catchment, int[] study) {
        boolean[] reached = new boolean[catchment.size()];
        boolean[] required = new boolean[catchment.size()];
        int[] offsets = catchment.offsets();
        int[] targets = catchment.targets();
        for (int i : study) {
            required[i] = true;
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                reached[targets[p]] = true; // supply these communes hold counts for i
            }
        }
        Catchment reaching = catchment.transpose();
        for (int j = 0; j < reached.length; j++) {
            if (reached[j]) {
                required[j] = true;
                for (int p = reaching.offsets()[j]; p < reaching.offsets()[j + 1]; p++) {
                    required[reaching.targets()[p]] = true; // their demand dilutes R_j
                }
            }
        }
        int count = 0;
        for (boolean r : required) {
            count += r ? 1 : 0;
        }
        int[] result = new int[count];
        for (int k = 0, at = 0; k < required.length; k++) {
            if (required[k]) {
                result[at++] = k;
            }
        }
        return Arrays.copyOf(result, count);
    }
}

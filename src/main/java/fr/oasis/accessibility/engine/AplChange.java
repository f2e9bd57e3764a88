package fr.oasis.accessibility.engine;

/**
 * The APL of one commune before and after a scenario step.
 *
 * @param commune commune index
 * @param before  APL before
 * @param after   APL after
 */
public record AplChange(int commune, double before, double after) {

    public double delta() {
        return after - before;
    }
}

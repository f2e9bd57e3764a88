package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.AplCalculator;
import fr.oasis.accessibility.engine.AplResult;
import fr.oasis.accessibility.engine.Catchment;
import fr.oasis.accessibility.engine.CrowFlyTravelTime;
import fr.oasis.accessibility.engine.Demand;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.accessibility.engine.TravelTimeModel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The {@code apl} batch command: reads the communes and practitioners files of the benchmark
 * contract, computes the APL of one profession and writes {@code code,apl} (one row per commune,
 * input order, {@link Double#toString} precision). Runs without Spring, in well under a second
 * at France scale. A summary goes to stderr; see {@link AplOptions#USAGE} for the options.
 */
public final class AplCommand {

    private AplCommand() {
    }

    /** @return the exit code: 0 done, 2 bad arguments or input, 1 output not written, 3 internal check failed */
    public static int run(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.print(AplOptions.USAGE);
                return 0;
            }
        }
        try {
            return run(AplOptions.parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println("apl: " + e.getMessage());
            System.err.println("apl: see apl --help");
            return 2;
        } catch (InputException e) {
            System.err.println("apl: " + e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            // a broken invariant is a bug, not bad input: say so, without a stack trace
            System.err.println("apl: internal check failed, no output written: " + e.getMessage());
            return 3;
        }
    }

    private static int run(AplOptions options) throws InputException {
        long start = System.nanoTime();
        // the two files are independent until codes are resolved: parse them on two threads
        FutureTask<PractitionerTable> practitioners = new FutureTask<>(
                () -> PractitionerTable.read(options.practitioners(), options.profession()));
        Thread reader = new Thread(practitioners, "apl-practitioners");
        reader.setDaemon(true);
        reader.start();
        CommuneTable communes = CommuneTable.read(options.communes(), options.matrix() == null);
        Supply supply = join(practitioners).toSupply(communes, Supply.builder(communes.size()).maxAge(options.maxAge()));
        StringBuilder roadSummary = new StringBuilder();
        long beforeModel = System.nanoTime();
        TravelTimeModel times = options.road() != null ? RoadTimes.build(options.road(), communes, roadSummary)
                : options.matrix() != null ? OdMatrixReader.read(options.matrix(), communes)
                : new CrowFlyTravelTime(communes.lon, communes.lat, options.detour(), options.speed());
        // the road table has its own timings in the summary: keep "read" about reading the files
        long roadNanos = options.road() != null ? System.nanoTime() - beforeModel : 0;
        Demand demand = communes.populationByBand == null ? Demand.unstandardised(communes.population)
                : Demand.standardised(communes.populationByBand, options.ageWeights());
        long read = System.nanoTime();

        Catchment catchment = times.catchment(options.steps().zeroPoint());
        long paired = System.nanoTime();
        AplResult result = new AplCalculator(catchment, options.steps()).compute(demand, supply).checkInvariants();
        long computed = System.nanoTime();

        try {
            write(options, communes.codes, result.apl());
        } catch (IOException e) {
            System.err.println("apl: cannot write " + options.out() + ": " + e.getMessage());
            return 1;
        }
        long written = System.nanoTime();
        System.err.print(roadSummary);
        summarise(options, communes, supply, result, read - start - roadNanos, paired - read, computed - paired,
                written - computed);
        return 0;
    }

    private static PractitionerTable join(FutureTask<PractitionerTable> task) throws InputException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void write(AplOptions options, String[] codes, double[] apl) throws IOException {
        StringBuilder sb = new StringBuilder(codes.length * 28).append("code,apl\n");
        for (int i = 0; i < codes.length; i++) {
            sb.append(codes[i]).append(',').append(Double.toString(apl[i])).append('\n');
        }
        try (OutputStream out = Files.newOutputStream(options.out())) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void summarise(AplOptions options, CommuneTable communes, Supply supply, AplResult result,
                                  long readNanos, long catchmentNanos, long computeNanos, long writeNanos) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "apl: %d communes (%s), %d %s practitioners kept (%s)%n",
                communes.size(), result.ageStandardised() ? "age-standardised demand" : "NOT age-standardised: no age bands",
                supply.practitionersKept(), options.profession(),
                supply.maxAge() == Supply.ALL_AGES ? "all ages" : "age <= " + supply.maxAge() + ", excluded "
                        + supply.excludedByAge() + " older and " + supply.excludedUnknownAge() + " of unknown age"));
        sb.append(String.format(Locale.ROOT, "apl: %d pairs within %s min (%s)%n", result.pairs(),
                result.steps().zeroPoint(), result.travelTime()));
        sb.append(String.format(Locale.ROOT, "apl: unserved supply: %d communes, %.1f of %.1f%n",
                result.unservedSupplyCommunes(), result.unservedSupply(), supply.total()));
        if (options.ageWeightsGiven() && !result.ageStandardised()) {
            sb.append("apl: warning: --age-weights ignored, the communes file has no age bands\n");
        }
        sb.append(String.format(Locale.ROOT, "apl: read %d ms, compute %d ms (catchment %d, apl %d), write %d ms%n",
                readNanos / 1_000_000, (catchmentNanos + computeNanos) / 1_000_000, catchmentNanos / 1_000_000,
                computeNanos / 1_000_000, writeNanos / 1_000_000));
        System.err.print(sb);
    }
}

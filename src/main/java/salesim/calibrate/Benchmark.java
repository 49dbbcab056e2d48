package salesim.calibrate;

/**
 * A published range to show an estimate beside (PARAMETERS.md, table (a)): low, typical and high,
 * in the estimate's unit, with where the range comes from and its quality grade.
 *
 * @param low the low end
 * @param typical the typical value
 * @param high the high end
 * @param source the row of PARAMETERS.md and its sources, with their grade
 */
public record Benchmark(double low, double typical, double high, String source) {}

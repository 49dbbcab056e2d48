package salesim.experiment;

/** One monthly metric in one month across replications: the mean and the percentiles. */
public record MonthlySummary(double mean, double p5, double p25, double p50, double p75, double p95) {}

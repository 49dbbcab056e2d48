package salesim.model;

import salesim.model.base.Check;

/**
 * How selling turns into money for the CFO: the margin on revenue, what selling really costs
 * (loaded pay, managers, tools), and how the pipeline and the customer base left at the horizon
 * are valued.
 *
 * @param grossMargin share of recognised revenue that is gross profit
 * @param currency currency label for reports (ISO code)
 * @param payLoading fully loaded cost of a unit of pay (benefits, payroll taxes), as a multiple
 * @param repsPerManager reps one sales manager leads (span of control)
 * @param managerCostMonthly a sales manager's fully loaded cost per month (currency)
 * @param toolsPerSeatMonthly software and data per rep per month (currency)
 * @param marketingOverheadMonthly marketing beyond the leads' own cost: its team, brand and
 *     programmes, per month (currency)
 * @param discountRatePerYear the rate future margin is discounted at
 * @param customerValueYears the years of a customer's future margin counted in its value
 */
public record Finance(
    double grossMargin,
    String currency,
    double payLoading,
    double repsPerManager,
    double managerCostMonthly,
    double toolsPerSeatMonthly,
    double marketingOverheadMonthly,
    double discountRatePerYear,
    double customerValueYears) {

  public Finance {
    Check.probability("grossMargin", grossMargin);
    Check.present("currency", currency);
    Check.range("payLoading", payLoading, 1.0, 3.0);
    Check.range("repsPerManager", repsPerManager, 1.0, 1000.0);
    Check.nonNegative("managerCostMonthly", managerCostMonthly);
    Check.nonNegative("toolsPerSeatMonthly", toolsPerSeatMonthly);
    Check.nonNegative("marketingOverheadMonthly", marketingOverheadMonthly);
    Check.range("discountRatePerYear", discountRatePerYear, 0.0, 1.0);
    Check.range("customerValueYears", customerValueYears, 0.0, 100.0);
  }
}

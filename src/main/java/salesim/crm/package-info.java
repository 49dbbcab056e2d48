/**
 * Layer 3b, CRM histories: one company's opportunities, stage changes, leads, calls, meetings,
 * users, accounts and stage definitions as immutable records ({@link salesim.crm.CrmHistory}),
 * read from a Salesforce data or report export, a HubSpot export or any CSV through a mapping file
 * ({@link salesim.crm.ExportReader}), written back in the Salesforce and HubSpot shapes, and built
 * from a simulated replication through {@link salesim.model.History}. May import the model and the
 * kernel (and commons-csv, Jackson); nothing of scenario or above.
 *
 * <p>Privacy rule: no name, e-mail address or phone number read from an input reaches an output.
 * Person-like identifiers (owners, users) are replaced by {@code u1, u2, ...} as they are read, and
 * text columns that may hold names (deal names, subjects) are never read.
 */
package salesim.crm;

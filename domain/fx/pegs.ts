/**
 * Currency pegs a traveller meets, as their central banks state them, so a slip in dirhams can be
 * compared with a bill in dollars without any rate table (and, crossed with a reference rate,
 * with a bill in any currency). Each entry: units of `currency` per 1 `anchor`, and how far the
 * market rate may sit from it (`bandBp`, basis points either side) — a hard peg trades within a
 * few hundredths of a percent, a banded regime within its band. Card networks convert at their
 * own rate and issuers add their fee on top: matching's tolerance band adds those (fx-tolerance).
 * Only pegs that were in force without a break for years are listed; each line names the
 * authority and the rule. See docs/matching.md ("Rate chain").
 */

export type Peg = {
  currency: string;
  anchor: string;
  /** Units of `currency` per 1 `anchor`, as published (decimal string). */
  rate: string;
  /** Largest distance of the market rate from `rate`, in basis points either side. */
  bandBp: number;
  /** First day the peg holds at this rate ("YYYY-MM-DD"); slips before it do not use it. */
  since: string;
  authority: string;
};

export const PEGS: readonly Peg[] = [
  // Gulf: fixed to the US dollar.
  { currency: "AED", anchor: "USD", rate: "3.6725", bandBp: 10, since: "1997-11-01", authority: "Central Bank of the UAE (fixed rate since November 1997)" },
  { currency: "SAR", anchor: "USD", rate: "3.75", bandBp: 10, since: "1986-06-01", authority: "Saudi Central Bank, SAMA (official peg since June 1986)" },
  { currency: "QAR", anchor: "USD", rate: "3.64", bandBp: 10, since: "2001-07-01", authority: "Qatar Central Bank (Emiri decree fixing 3.64, 2001)" },
  { currency: "OMR", anchor: "USD", rate: "0.3845", bandBp: 10, since: "1986-01-01", authority: "Central Bank of Oman (1 OMR = 2.6008 USD since January 1986)" },
  { currency: "BHD", anchor: "USD", rate: "0.376", bandBp: 10, since: "2001-12-01", authority: "Central Bank of Bahrain (formal peg 0.376 since 2001)" },
  { currency: "JOD", anchor: "USD", rate: "0.709", bandBp: 10, since: "1995-10-01", authority: "Central Bank of Jordan (0.709 since October 1995)" },
  // Hong Kong's Linked Exchange Rate System: convertibility undertakings at 7.75 and 7.85 (HKMA, since May 2005).
  { currency: "HKD", anchor: "USD", rate: "7.80", bandBp: 65, since: "2005-05-18", authority: "Hong Kong Monetary Authority (Linked Exchange Rate System, band 7.75–7.85)" },
  // Macau's pataca is linked to the Hong Kong dollar at 1.03 (Monetary Authority of Macao).
  { currency: "MOP", anchor: "HKD", rate: "1.03", bandBp: 50, since: "1983-01-01", authority: "Monetary Authority of Macao (MOP 103 = HKD 100)" },
  // Caribbean and Atlantic dollars at par or fixed.
  { currency: "BSD", anchor: "USD", rate: "1", bandBp: 10, since: "1973-01-01", authority: "Central Bank of The Bahamas (at par)" },
  { currency: "BMD", anchor: "USD", rate: "1", bandBp: 10, since: "1972-01-01", authority: "Bermuda Monetary Authority (at par)" },
  { currency: "PAB", anchor: "USD", rate: "1", bandBp: 10, since: "1904-01-01", authority: "Panama (balboa at par; US dollar is legal tender)" },
  { currency: "BBD", anchor: "USD", rate: "2", bandBp: 10, since: "1975-07-05", authority: "Central Bank of Barbados (2 BBD = 1 USD)" },
  { currency: "BZD", anchor: "USD", rate: "2", bandBp: 10, since: "1978-05-01", authority: "Central Bank of Belize (2 BZD = 1 USD)" },
  { currency: "XCD", anchor: "USD", rate: "2.70", bandBp: 10, since: "1976-07-07", authority: "Eastern Caribbean Central Bank (2.70 since July 1976)" },
  { currency: "AWG", anchor: "USD", rate: "1.79", bandBp: 10, since: "1986-01-01", authority: "Centrale Bank van Aruba (1.79)" },
  { currency: "KYD", anchor: "USD", rate: "0.833333", bandBp: 10, since: "1974-04-01", authority: "Cayman Islands Monetary Authority (1 KYD = 1.20 USD)" },
  { currency: "DJF", anchor: "USD", rate: "177.721", bandBp: 10, since: "1973-01-01", authority: "Banque Centrale de Djibouti (currency board, 177.721)" },
  // Euro: ERM II, currency boards and the CFA/CFP francs.
  { currency: "DKK", anchor: "EUR", rate: "7.46038", bandBp: 225, since: "1999-01-01", authority: "Danmarks Nationalbank (ERM II central rate 7.46038, ±2.25 %)" },
  { currency: "BGN", anchor: "EUR", rate: "1.95583", bandBp: 10, since: "1999-01-01", authority: "Bulgarian National Bank (currency board 1.95583; euro adopted at this rate 2026-01-01)" },
  { currency: "BAM", anchor: "EUR", rate: "1.95583", bandBp: 10, since: "1999-01-01", authority: "Central Bank of Bosnia and Herzegovina (currency board 1.95583)" },
  { currency: "XOF", anchor: "EUR", rate: "655.957", bandBp: 10, since: "1999-01-01", authority: "BCEAO (West African CFA franc, 655.957 per euro)" },
  { currency: "XAF", anchor: "EUR", rate: "655.957", bandBp: 10, since: "1999-01-01", authority: "BEAC (Central African CFA franc, 655.957 per euro)" },
  { currency: "XPF", anchor: "EUR", rate: "119.331742", bandBp: 10, since: "1999-01-01", authority: "IEOM (CFP franc, 1 000 XPF = 8.38 EUR)" },
  { currency: "KMF", anchor: "EUR", rate: "491.96775", bandBp: 10, since: "1999-01-01", authority: "Banque Centrale des Comores (491.96775 per euro)" },
  { currency: "CVE", anchor: "EUR", rate: "110.265", bandBp: 10, since: "1999-01-01", authority: "Banco de Cabo Verde (110.265 per euro)" },
  // Rand monetary area and others at par with a larger neighbour.
  { currency: "NAD", anchor: "ZAR", rate: "1", bandBp: 10, since: "1993-09-15", authority: "Bank of Namibia (at par with the rand)" },
  { currency: "LSL", anchor: "ZAR", rate: "1", bandBp: 10, since: "1980-01-01", authority: "Central Bank of Lesotho (at par with the rand)" },
  { currency: "SZL", anchor: "ZAR", rate: "1", bandBp: 10, since: "1974-01-01", authority: "Central Bank of Eswatini (at par with the rand)" },
  { currency: "BTN", anchor: "INR", rate: "1", bandBp: 10, since: "1974-01-01", authority: "Royal Monetary Authority of Bhutan (at par with the rupee)" },
  { currency: "NPR", anchor: "INR", rate: "1.6", bandBp: 10, since: "1993-02-12", authority: "Nepal Rastra Bank (1.60 NPR per INR)" },
  { currency: "FKP", anchor: "GBP", rate: "1", bandBp: 10, since: "1966-01-01", authority: "Falkland Islands Government (at par with sterling)" },
  { currency: "GIP", anchor: "GBP", rate: "1", bandBp: 10, since: "1927-01-01", authority: "Government of Gibraltar (at par with sterling)" },
  { currency: "SHP", anchor: "GBP", rate: "1", bandBp: 10, since: "1976-01-01", authority: "Government of St Helena (at par with sterling)" },
];

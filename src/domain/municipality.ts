/** A Swedish municipality as in SCB's classification. */
export interface MunicipalityRef {
  /** SCB four-digit code; the first two digits are the county. */
  code: string;
  /** Full name, e.g. "Örnsköldsviks kommun". */
  name: string;
  /** Short name, e.g. "Örnsköldsvik". */
  shortName: string;
  countyCode: string;
}

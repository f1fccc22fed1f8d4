// The deceased page's summary, as the build writes it and the page reads it.

export interface AgeBin {
  /** First age of the bin, inclusive. */
  from: number;
  /** Last age of the bin, inclusive. */
  to: number;
  male: number;
  female: number;
  unknownSex: number;
}

export interface Comorbidity {
  key: string;
  label: string;
  /** Records with the flag set to 1. */
  count: number;
  /** count / records; 0 when there are no records. */
  share: number;
}

export interface DeceasedSummary {
  records: number;
  withDate: number;
  medianAge: number | null;
  ageBins: AgeBin[];
  comorbidities: Comorbidity[];
}

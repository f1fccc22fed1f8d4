// The population every share and rate on the site divides by, for the pipeline and the pages alike.

/** The Kaliningrad region's population: the figure the original app used for every share. */
export const POPULATION = 1_012_512;

// The Kaliningrad region's figures the pages divide by, kept browser-safe (pages never import pipeline code).

/** The region's population: the figure the original app used for every share (same as POPULATION in the pipeline's columns.ts). */
export const POPULATION = 1_012_512;

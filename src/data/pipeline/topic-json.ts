// A page's data file as its page fetches it: each fraction to six significant digits, more than any chart or table shows.

/** Significant digits kept of a number that is not whole: a share of 0.107042 or 79.0317 cases per 100 000. */
const SIGNIFICANT_DIGITS = 6;

/** The topic as JSON, its fractions shortened: a phone decodes every byte of it on the page's main thread while the page loads. */
export function topicJson(topic: unknown): string {
  return JSON.stringify(topic, (_key, value) => (typeof value === "number" && !Number.isInteger(value) ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : value));
}

// Writes a simulated export of the sheet's four tabs into test/fixtures/sample/: a large, seeded epidemic for the tests and the benchmark, never shown to readers.
// Run: npm run sample [-- --out DIR]. Seeded: the same code always writes the same bytes (test/sample.test.ts checks it).
import {mkdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {DAILY, DEATHS, MUNIC, MUNICIPALITIES, ROSSTAT, type Column} from "../src/data/pipeline/columns.js";
import {mulberry32} from "./random.js";

const SEED = 0x39_2020;
const POPULATION = 1_012_512;
const FIRST = "2020-03-08";
const LAST = "2023-06-07";
const DAY_MS = 86_400_000;

type Cell = number | string | undefined;
type Row = Record<string, Cell>;
type Table = Map<string, Cell[]>;

const SHEET = DAILY.filter((c) => !c.derived); // the data tab's columns; derived ones are the pipeline's, not the sheet's
const SHEET_KEYS = new Set(SHEET.map((c) => c.key));

/** mulberry32, plus the few distributions the simulation draws from. */
class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  chance(p: number): boolean { return this.next() < p; }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(list: readonly T[]): T { return list[Math.floor(this.next() * list.length)]!; }
  normal(): number { return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next()); }
  /** Multiplicative day-to-day noise around 1. */
  jitter(sd: number): number { return Math.exp(sd * this.normal()); }
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal())); // normal approximation keeps big days fast
    let k = 0;
    for (let p = this.next(); p > Math.exp(-mean); p *= this.next()) k++;
    return k;
  }
  binomial(n: number, p: number): number {
    if (n < 40) return Array.from({length: n}).filter(() => this.chance(p)).length;
    return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * this.normal())));
  }
  /** Parts of a whole count in proportion to weights; they always add up to the count. */
  split(total: number, weights: number[]): number[] {
    let left = total, rest = weights.reduce((a, b) => a + b, 0);
    return weights.map((w, i) => {
      const k = i === weights.length - 1 ? left : rest > 0 ? this.binomial(left, Math.min(1, w / rest)) : 0;
      left -= k;
      rest -= w;
      return k;
    });
  }
}

// Days are indices from 08.03.2020; all date arithmetic is in UTC so the output never depends on the machine's zone.
const dayOf = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${FIRST}T00:00:00Z`)) / DAY_MS;
const DAYS = dayOf(LAST) + 1;
const dateOf = (day: number) => new Date(Date.parse(`${FIRST}T00:00:00Z`) + day * DAY_MS);
const pad = (n: number) => String(n).padStart(2, "0");
const sheetDate = (day: number) => { const d = dateOf(day); return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`; };
const range = (from: number, to: number) => Array.from({length: Math.max(0, to - from + 1)}, (_, i) => from + i);
const sumLast = (series: number[], day: number, n: number) => range(Math.max(0, day - n + 1), day).reduce((s, d) => s + series[d]!, 0);
const upTo = (series: number[], day: number) => sumLast(series, day, day + 1);
const round2 = (x: number) => Math.round(x * 100) / 100;
const tens = (x: number) => Math.round(x / 10) * 10;

/** Days in [from, to] on which a column was reported, each with probability `share`. */
function reportDays(r: Rng, from: string, to: string, share: number): number[] {
  return range(dayOf(from), dayOf(to)).filter(() => r.chance(share));
}

/** Exactly n distinct scattered days in [from, to], in order. */
function someDays(r: Rng, from: string, to: string, n: number): number[] {
  const days = range(dayOf(from), dayOf(to));
  for (let i = 0; i < n; i++) { const j = r.int(i, days.length - 1); [days[i], days[j]] = [days[j]!, days[i]!]; }
  return days.slice(0, n).sort((a, b) => a - b);
}

/** The waves the region went through: [peak, new cases a day at the peak, spread in days]. */
const WAVES: [string, number, number][] = [
  ["2020-05-20", 28, 22], // spring 2020: small
  ["2020-08-25", 8, 50], // summer plateau
  ["2020-12-22", 205, 40], // autumn 2020 wave
  ["2021-03-10", 45, 45], // slow spring 2021 tail
  ["2021-05-10", 30, 30],
  ["2021-07-22", 210, 25], // delta arrives
  ["2021-11-01", 340, 35], // autumn 2021 delta wave
  ["2022-02-14", 1800, 13], // omicron, ~2000 a day at the peak
  ["2022-03-12", 400, 20], // and its long tail
  ["2022-09-05", 300, 24], // late-summer 2022 wave
  ["2022-12-20", 40, 30],
  ["2023-02-25", 150, 30] // winter 2023
];
const BASELINE = 12; // cases a day that never went away after the first weeks
const WEEKDAY = [0.95, 0.82, 1.02, 1.06, 1.06, 1.05, 1.0]; // labs slow down at weekends, Monday's report is the lowest

function epidemicCurve(r: Rng): number[] {
  return range(0, DAYS - 1).map((d) => {
    if (d === 0) return 1; // the first, imported case of 8 March 2020
    const level = WAVES.reduce((sum, [peak, height, spread]) => sum + height * Math.exp(-0.5 * ((d - dayOf(peak)) / spread) ** 2), d < 40 ? 0 : BASELINE);
    return r.poisson(level * WEEKDAY[dateOf(d).getUTCDay()]! * r.jitter(0.12));
  });
}

/** Outcomes that follow cases with a lag: each day a `rate(day)` share of the mean cases lagFrom..lagTo days earlier. */
function followUp(r: Rng, cases: number[], lagFrom: number, lagTo: number, rate: (day: number) => number): number[] {
  return range(0, DAYS - 1).map((d) => r.poisson((rate(d) * (sumLast(cases, d - lagFrom, lagTo - lagFrom + 1))) / (lagTo - lagFrom + 1)));
}

/** Rospotrebnadzor's index: cases of the last n days over the n days before; blank while there is nothing to divide by. */
function growth(cases: number[], day: number, n: number): number | undefined {
  const before = day >= 2 * n - 1 ? sumLast(cases, day - n, n) : 0;
  return before > 0 ? round2(sumLast(cases, day, n) / before) : undefined;
}

// Breakdown weights (shares of the day's cases), keyed by column key, roughly as the real reports had them.
const SYMPTOMS = {respiratory: 80, pneumonia: 7, severe: 1, asymptomatic: 12};
const SEXES = {men: 42, women: 58};
const AGES = {ageUnder1: 2, age1to6: 5, age7to14: 8, age15to17: 4, age18to29: 12, age30to49: 31, age50to64: 21, age65plus: 17};
const STATUSES = {statusStudents: 13, statusWorking: 40, statusCivilServants: 3, statusNotWorking: 21, statusPensioners: 22};
const INFECTION_SOURCES = {sourceImported: 1, sourceContact: 60, sourceUnknown: 39};
const OCCUPATIONS = {
  jobPensioners: 210, jobMedical: 38, jobIndustry: 38, jobEducation: 38, jobTransport: 32, jobRetail: 45, jobFoodIndustry: 18,
  jobUtilities: 8, jobFinance: 10, jobCivilService: 8, jobPolice: 8, jobServices: 4, jobHospitality: 5, jobCulture: 6, jobTelecom: 3,
  jobAgriculture: 5, jobSecurity: 4, jobRotation: 5, jobOther: 200, jobBoardingHomes: 20, jobPreschool: 52, jobSchool: 90,
  jobStudents: 27, jobUnemployed: 170
};
/** Later reports split some occupations further: [parent, children's weights, since]. */
const DETAILS: [string, Record<string, number>, string][] = [
  ["jobHospitality", {jobHotels: 10, jobSanatoriums: 10}, "2021-11-13"],
  ["jobPreschool", {jobKindergarten: 45, jobPreschoolHome: 55}, "2021-11-20"],
  ["jobStudents", {jobStudentsUnder18: 35, jobStudentsOver18: 65}, "2022-01-10"]
];
// Approximate population in thousands: the municipalities' shares of cases.
const MUNICIPALITY_WEIGHT: Record<string, number> = {
  kaliningrad: 490, guryevsk: 75, bagrationovsk: 34, pravdinsk: 19, gusev: 38, baltiysk: 37, chernyakhovsk: 53, zelenogradsk: 37,
  svetly: 33, gvardeysk: 28, slavsk: 19, ladushkin: 4, nesterov: 15, svetlogorsk: 17, pionersky: 12, neman: 19, polessk: 18,
  krasnoznamensk: 12, ozyorsk: 14, yantarny: 6, mamonovo: 8, sovetsk: 41
};
/** Columns that appear only within their own dates. */
const WINDOWS: Record<string, [string, string]> = {
  severe: ["2020-10-01", "2020-10-19"], respiratory: ["2020-10-20", LAST], ageUnder1: ["2021-01-10", LAST], age1to6: ["2020-06-09", LAST],
  jobPolice: ["2020-10-06", "2020-11-16"], jobHospitality: ["2020-10-30", LAST], jobBoardingHomes: ["2020-10-19", "2020-12-14"], otherRegions: ["2020-10-14", LAST]
};
/** Columns filled in only on this share of the days their group is reported. */
const RARE: Record<string, number> = {jobCivilService: 0.06, jobPolice: 0.6, jobServices: 0.4, jobHospitality: 0.4, jobTelecom: 0.3, jobRotation: 0.04, jobBoardingHomes: 0.12};

function set(t: Table, key: string, day: number, value: Cell): void {
  if (!SHEET_KEYS.has(key)) throw new Error(`no sheet column with key ${key}`); // a typo in a key would otherwise leave a column blank
  if (!t.has(key)) t.set(key, new Array<Cell>(DAYS).fill(undefined));
  t.get(key)![day] = value;
}

/** Splits each day's total over the group's columns; the sheet leaves zero counts blank. */
function splitCases(r: Rng, t: Table, totals: Cell[], days: number[], weights: Record<string, number>): void {
  for (const d of days) {
    const keys = Object.keys(weights).filter((k) => {
      const window = WINDOWS[k];
      if (window && (d < dayOf(window[0]) || d > dayOf(window[1]))) return false;
      return RARE[k] === undefined || r.chance(RARE[k]);
    });
    r.split(Number(totals[d] ?? 0), keys.map((k) => weights[k]!)).forEach((n, i) => set(t, keys[i]!, d, n || undefined));
  }
}

function breakdowns(r: Rng, t: Table, cases: number[]): void {
  const demographics = [...reportDays(r, "2020-05-09", "2021-01-09", 0.05), ...reportDays(r, "2021-01-10", LAST, 0.85)];
  const since = (iso: string) => demographics.filter((d) => d >= dayOf(iso));
  splitCases(r, t, cases, demographics, SEXES);
  splitCases(r, t, cases, demographics, AGES);
  splitCases(r, t, cases, since("2020-06-09"), STATUSES);
  splitCases(r, t, cases, since("2020-06-09"), INFECTION_SOURCES);
  splitCases(r, t, cases, reportDays(r, "2020-10-01", "2022-03-28", 0.95), SYMPTOMS);
  splitCases(r, t, cases, reportDays(r, "2020-10-01", "2022-05-22", 0.93), OCCUPATIONS);
  for (const [parent, children, from] of DETAILS) {
    const totals = t.get(parent)!;
    splitCases(r, t, totals, range(dayOf(from), DAYS - 1).filter((d) => totals[d] !== undefined), children);
  }
  for (const d of someDays(r, "2021-11-01", "2021-11-10", 2)) set(t, "jobSummerCamps", d, 1); // summer camps: a one-off line in November
  const places = Object.fromEntries([...MUNICIPALITIES.map((m) => [m.key, MUNICIPALITY_WEIGHT[m.key]!] as const), ["otherRegions", 3] as const]);
  splitCases(r, t, cases, range(dayOf("2020-05-21"), DAYS - 1), places); // всего = municipalities + other regions from here on
}

/** Beds, ventilators and oxygen: a few dozen scattered reports, scaled by the cases of the last two weeks. */
function hospital(r: Rng, t: Table, cases: number[], deaths: number[]): void {
  const load = (d: number) => 0.5 * sumLast(cases, d, 14) * (d < dayOf("2022-01-01") ? 1 : 0.12) * r.jitter(0.08); // omicron put far fewer in hospital
  for (const d of someDays(r, "2020-10-05", "2021-09-23", 33)) {
    const busy = Math.round(load(d));
    set(t, "covidBedsOccupied", d, busy);
    set(t, "covidBeds", d, tens(busy * 1.15 + 80));
  }
  for (const d of someDays(r, "2020-12-01", "2022-08-16", 47)) {
    const busy = Math.round(load(d) * 1.1 + 200), ventilated = Math.round(busy * 0.035);
    set(t, "covidPneumoniaBedsOccupied", d, busy);
    set(t, "covidPneumoniaBeds", d, tens(busy * 1.15 + 100));
    set(t, "ventilatorsOccupied", d, ventilated);
    set(t, "ventilators", d, Math.max(60, tens(ventilated * 1.3 + 20)));
  }
  for (const d of someDays(r, "2021-10-01", "2021-11-10", 5)) set(t, "onOxygen", d, Math.round(load(d) * 0.45));
  for (const d of reportDays(r, "2022-01-30", LAST, 0.6)) set(t, "hospitalized", d, r.poisson(0.08 * cases[d]!) || undefined);
  // Deaths in covid wards outnumber the official count: a running total the newspaper asked for now and then.
  for (const d of someDays(r, "2020-11-22", "2021-07-31", 14)) set(t, "wardDeathsSinceApril", d, 4 * upTo(deaths, d));
}

/** Daily tests with a running total; the tested-people columns appear in August 2021. */
function testing(r: Rng, t: Table, cases: number[]): void {
  const start = dayOf("2020-03-17"), stop = dayOf("2022-05-31");
  const reported = new Set(reportDays(r, "2020-03-17", "2022-05-31", 0.95));
  const examinedFrom = dayOf("2021-08-12"), examinedTo = dayOf("2021-12-07");
  let total = 0, tested = 850_000; // people tested before the column was added
  for (const d of range(start, DAYS - 1)) {
    const tests = d > stop ? 0 : Math.round((300 + 1200 * Math.min(1, (d - start) / 60) + 9 * Math.min(cases[d]!, 700)) * r.jitter(0.15));
    total += tests;
    if (reported.has(d)) set(t, "tests", d, tests);
    set(t, "testsTotal", d, total);
    if (d >= examinedFrom && d <= examinedTo) {
      const examined = Math.round(tests * 0.6);
      tested += examined;
      if (r.chance(0.95)) set(t, "examined", d, examined);
    }
    if (d >= examinedFrom - 1) set(t, "testedTotal", d, tested);
  }
}

/** The official running totals from September 2021; a few corrections take deaths back, so the daily change goes negative. */
function official(r: Rng, t: Table, cases: number[], recovered: number[], deaths: number[]): void {
  const start = dayOf("2021-09-06"), corrections = new Set(someDays(r, "2021-09-07", LAST, 4));
  let casesTotal = 0, recoveredTotal = 0, deathsTotal = 0, corrected = 0, previous = 0;
  for (const d of range(0, DAYS - 1)) {
    casesTotal += cases[d]!, recoveredTotal += recovered[d]!, deathsTotal += deaths[d]!;
    if (corrections.has(d)) corrected += deaths[d]! + r.int(1, 3);
    const officialDeaths = deathsTotal - corrected;
    if (d >= start) {
      set(t, "officialCasesTotal", d, casesTotal);
      set(t, "officialRecoveredTotal", d, recoveredTotal);
      set(t, "officialDeathsTotal", d, officialDeaths);
      if (d > start) set(t, "officialDeathsChange", d, officialDeaths - previous || undefined);
    }
    previous = officialDeaths;
  }
}

/** Figures the reports added in 2021: people under observation, cases and deaths among the vaccinated. */
function surveillance(r: Rng, t: Table, cases: number[]): void {
  for (const d of reportDays(r, "2021-08-11", "2022-02-06", 0.95)) set(t, "underObservation", d, Math.round(4 * sumLast(cases, d, 14) * r.jitter(0.1)));
  // Cases among the vaccinated: a running total the reports updated until late 2021, then left as it was.
  const from = dayOf("2021-05-26"), frozen = dayOf("2021-11-22");
  for (const d of range(from, DAYS - 1)) {
    const until = Math.min(d, frozen);
    set(t, "vaccinatedCases", d, 180 + Math.round(0.19 * sumLast(cases, until, until - from + 1)));
  }
  for (const d of someDays(r, "2021-05-26", "2021-07-05", 2)) set(t, "vaccinatedPneumonia", d, r.int(10, 20));
  for (const d of range(dayOf("2021-10-29"), DAYS - 1)) set(t, "vaccinatedDeaths", d, Math.min(19, 15 + Math.floor((d - dayOf("2021-10-29")) / 14)));
}

/** Invitro's antibody tests: busy in 2020-2021, a trickle later; positives grow as more people have had the virus. */
function invitro(r: Rng, t: Table): void {
  let tests = 0, positive = 0, negative = 0;
  for (const d of range(dayOf("2020-05-19"), DAYS - 1)) {
    const mean = d < dayOf("2021-08-01") ? 35 : d < dayOf("2022-04-01") ? 15 : d <= dayOf("2023-03-21") ? 0.5 : 0;
    if (mean > 0 && r.chance(0.88)) {
      const day = Math.max(1, r.poisson(mean)), pos = r.binomial(day, 0.2 + (0.5 * d) / DAYS);
      tests += day, positive += pos, negative += day - pos;
      set(t, "invitroTests", d, day);
      set(t, "invitroPositive", d, pos || undefined);
      set(t, "invitroNegative", d, day - pos || undefined);
    }
    set(t, "invitroTestsTotal", d, tests);
    set(t, "invitroPositiveTotal", d, positive || undefined);
    set(t, "invitroNegativeTotal", d, negative || undefined);
  }
}

/** Deliveries by vaccine: [delivered key, running total key, from, to, deliveries, doses]; per-type columns end with August 2021. */
const VACCINES: [string, string, string, string, number, number][] = [
  ["sputnikDelivered", "sputnikDeliveredTotal", "2020-12-01", "2021-08-31", 40, 340_000],
  ["epivacDelivered", "epivacDeliveredTotal", "2021-05-01", "2021-08-01", 2, 12_000],
  ["covivacDelivered", "covivacDeliveredTotal", "2021-07-15", "2021-08-25", 2, 2_400],
  ["sputnikLightDelivered", "sputnikLightDeliveredTotal", "2021-07-20", "2021-08-25", 4, 46_000]
];

function vaccination(r: Rng, t: Table): void {
  const delivered = new Array<number>(DAYS).fill(0), batch = (doses: number, n: number) => tens((doses / n) * (0.4 + 1.2 * r.next()));
  for (const [perDay, total, from, to, n, doses] of VACCINES) {
    const days = someDays(r, from, to, n);
    let sum = 0;
    for (const d of range(days[0]!, dayOf("2021-08-31"))) {
      if (days.includes(d)) {
        const amount = batch(doses, n);
        sum += amount;
        delivered[d] += amount;
        set(t, perDay, d, amount);
      }
      set(t, total, d, sum);
    }
  }
  for (const d of someDays(r, "2021-09-01", "2022-09-30", 25)) delivered[d] += batch(500_000, 25); // later deliveries were reported only as a total
  let sum = 0;
  for (const d of range(0, DAYS - 1)) if ((sum += delivered[d]!) > 0) set(t, "dosesDeliveredTotal", d, sum);
  // People vaccinated: a logistic campaign from January 2021 that levels off near 690 thousand.
  const logistic = (d: number) => 1 / (1 + Math.exp(-(d - dayOf("2021-09-15")) / 80)), start = logistic(dayOf("2021-01-11"));
  const firstDose = (d: number) => Math.max(0, Math.round((690_000 * (logistic(d) - start)) / (1 - start)));
  for (const d of someDays(r, "2021-01-12", "2022-08-05", 90)) {
    set(t, "firstDose", d, firstDose(d));
    if (r.chance(0.93)) set(t, "secondDose", d, Math.round(0.95 * firstDose(d - 21)) || undefined);
  }
  for (const d of someDays(r, "2021-12-01", "2022-02-28", 3)) set(t, "boosterDose", d, Math.round((1100 * (d - dayOf("2021-10-01"))) / 500) * 500);
}

const TERMS: [string, string][] = [["2020-09-01", "2020-12-25"], ["2021-01-11", "2021-05-25"], ["2021-09-01", "2021-12-28"], ["2022-01-10", "2022-03-31"]];
const TOWNS = ["Калининград", "Калининград", "Калининград", "Гусев", "Советск", "Черняховск", "Светлый", "Балтийск", "Гурьевск"];
const plural = (n: number, one: string, few: string, many: string) =>
  n % 10 === 1 && n % 100 !== 11 ? one : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many;

/** Free-text notes on quarantined classes, one to three lines in one cell. */
function schoolNote(r: Rng): string {
  return range(1, r.int(1, 3)).map(() => {
    const n = r.int(1, 4);
    if (r.chance(0.25)) return `— детский сад №${r.int(1, 135)}: ${n} ${plural(n, "группа", "группы", "групп")} на карантине`;
    const school = r.chance(0.1) ? 'школа "Будущего"' : `${r.pick(["школа", "гимназия", "лицей"])} №${r.int(1, 56)}`;
    return `— ${school} (${r.pick(TOWNS)}): ${n} ${plural(n, "класс", "класса", "классов")} на карантине`;
  }).join("\n");
}

function simulateDaily(r: Rng): {t: Table; cases: number[]; deaths: number[]} {
  const t: Table = new Map(), cases = epidemicCurve(r);
  const fatality = (d: number) => (d < dayOf("2021-01-01") ? 0.012 : d < dayOf("2022-01-15") ? 0.018 : 0.005); // delta killed more, omicron fewer
  const deaths = followUp(r, cases, 14, 24, fatality), recovered = followUp(r, cases, 10, 21, () => 0.99);
  for (const d of range(0, DAYS - 1)) {
    set(t, "date", d, sheetDate(d));
    set(t, "newCases", d, cases[d]);
    set(t, "cases30dPer1000", d, round2((sumLast(cases, d, 30) / POPULATION) * 1000));
    set(t, "infectionRate", d, growth(cases, d, 4));
    set(t, "infectionRate7", d, growth(cases, d, 7));
    set(t, "recovered", d, recovered[d] || undefined);
    set(t, "deaths", d, deaths[d] || undefined);
    set(t, "deaths30dPer1000", d, round2((sumLast(deaths, d, 30) / POPULATION) * 1000));
  }
  breakdowns(r, t, cases);
  hospital(r, t, cases, deaths);
  testing(r, t, cases);
  official(r, t, cases, recovered, deaths);
  surveillance(r, t, cases);
  invitro(r, t);
  vaccination(r, t);
  for (const [from, to] of TERMS) for (const d of someDays(r, from, to, 10)) set(t, "schoolNotes", d, schoolNote(r));
  return {t, cases, deaths};
}

/** One line per death; the date is known only for some deaths of October-November 2020. */
function simulateDeaths(r: Rng): Row[] {
  const comorbidity = {heart: 0.25, diabetes: 0.1, asthma: 0.04, kidney: 0.03, cancer: 0.03, immune: 0.01, neuro: 0.03};
  return range(1, 120).map(() => {
    const male = r.chance(0.55), flag = (yes: boolean) => (yes ? 1 : undefined);
    const date = r.chance(0.25) ? sheetDate(r.int(dayOf("2020-10-01"), dayOf("2020-11-30"))) : undefined;
    const age = Math.min(98, Math.max(23, Math.round(74 + 11 * r.normal())));
    return {date, age, male: flag(male), female: flag(!male), ...Object.fromEntries(Object.entries(comorbidity).map(([k, p]) => [k, flag(r.chance(p))]))};
  });
}

/** Rosstat's monthly counts: several times the official deaths, in four categories. */
function simulateRosstat(r: Rng, deaths: number[]): Row[] {
  return range(0, 27).map((i) => {
    const monthStart = (n: number) => dayOf(new Date(Date.UTC(2020, 3 + n, 1)).toISOString().slice(0, 10)); // April 2020 is month 0
    const first = monthStart(i), next = monthStart(i + 1);
    const confirmed = r.poisson(3 * sumLast(deaths, next - 1, next - first));
    return {month: sheetDate(first), covidConfirmed: confirmed, covidSuspected: r.poisson(0.08 * confirmed), otherCauseVirusContributed: r.poisson(0.01 * confirmed), otherCauseVirusNotContributed: r.poisson(0.04 * confirmed + 3)};
  });
}

/** The municipal tab: long format, running totals per municipality from 20.05.2020; a few rows missing as in the real sheet. */
function simulateMunic(r: Rng, t: Table, cases: number[]): Row[] {
  const first = dayOf("2020-05-20");
  const munic = MUNICIPALITIES.map((m) => ({m, name: m.aliases?.find((a) => a.startsWith("Городской округ")) ?? m.header}));
  munic.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const totals = r.split(upTo(cases, first), munic.map(({m}) => MUNICIPALITY_WEIGHT[m.key]!));
  const rows: Row[] = [];
  for (const d of range(first, dayOf("2021-01-14"))) {
    munic.forEach(({m, name}, i) => {
      if (d > first) totals[i] += Number(t.get(m.key)![d] ?? 0);
      if (d === first || r.chance(0.97)) rows.push({id: rows.length + 1, date: sheetDate(d), region: name, casesTotal: totals[i]});
    });
  }
  return rows;
}

/** A value as the sheet displays it: decimal comma, and digit groups in some cells (the sheet mixes formatted and typed numbers). */
function display(value: Cell, column: Column, style: Rng): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (column.type === "number") return value.toFixed(2).replace(".", ",");
  if (column.type !== "integer" || Math.abs(value) < 1000) return String(value);
  const roll = style.next();
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, roll < 0.02 ? "\u202f" : roll < 0.6 ? "\u00a0" : "");
}

/** One tab as the gviz endpoint exports it: every field quoted, header row first, "\n" line ends, UTF-8 without BOM. */
function writeTab(path: string, columns: Column[], rows: Row[], style: Rng): void {
  const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;
  const lines = [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => display(row[c.key], c, style)))];
  writeFileSync(path, lines.map((line) => line.map(quote).join(",") + "\n").join(""));
}

export function writeSample(dir: string): void {
  const r = new Rng(SEED), style = new Rng(SEED + 1); // formatting has its own stream, so restyling never changes the numbers
  const {t, cases, deaths} = simulateDaily(r);
  const silent = SHEET.filter((c) => !t.has(c.key)).map((c) => c.header);
  if (silent.length) throw new Error(`no simulation for ${silent.join(", ")}`); // a new column in columns.ts needs a generator here
  const daily = range(0, DAYS - 1).map((d) => Object.fromEntries(SHEET.map((c) => [c.key, t.get(c.key)![d]])));
  mkdirSync(dir, {recursive: true});
  writeTab(join(dir, "data.csv"), SHEET, daily, style);
  writeTab(join(dir, "destrib.csv"), DEATHS, simulateDeaths(r), style);
  writeTab(join(dir, "rosstat.csv"), ROSSTAT, simulateRosstat(r, deaths), style);
  writeTab(join(dir, "munic.csv"), MUNIC, simulateMunic(r, t, cases), style);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv.indexOf("--out");
  writeSample(out >= 0 && process.argv[out + 1] ? resolve(process.argv[out + 1]!) : fileURLToPath(new URL("../test/fixtures/sample/", import.meta.url)));
}

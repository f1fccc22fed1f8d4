// The municipalities page's data and each town's page: which blanks of the breakdown are zeros, the bands, the ranking
// per 100 000, one file per town, and one page per town in the config.
import assert from "node:assert/strict";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import config from "../observablehq.config.js";
import {BUNDLED_DIR} from "../src/data/pipeline/archive.js";
import {MUNICIPALITIES} from "../src/data/pipeline/columns.js";
import {readSnapshot, type Snapshot} from "../src/data/pipeline/published.js";
import {TOPIC_FOLDERS} from "../src/data/topics/index.js";
import {municipalities, municipalityPages} from "../src/data/topics/municipalities.js";
import {municipalReadings} from "../src/shared/municipal.js";
import {COLORS} from "../src/shared/palette.js";
import {MUNICIPAL_POPULATION, POPULATION} from "../src/shared/population.js";

const town = (name: string, color: string) => ({name, type: "integer", title: name, label: name, group: "municipalities", color, population: MUNICIPAL_POPULATION[name], unit: "чел."});
const DATAPACKAGE = {
  resources: [
    {
      name: "daily",
      path: "daily.csv",
      schema: {
        fields: [
          {name: "date", type: "date", title: "дата"},
          {name: "newCases", type: "integer", title: "всего", group: "cases"},
          {name: "otherRegions", type: "integer", title: "другие регионы", group: "municipalitiesOther"},
          town("kaliningrad", COLORS.blue),
          town("guryevsk", COLORS.yellow),
          town("pravdinsk", COLORS.grey),
          town("slavsk", COLORS.grey)
        ]
      }
    },
    {
      name: "municipalities",
      path: "municipalities.csv",
      schema: {fields: [{name: "date", type: "date", title: "Дата"}, {...town("kaliningrad", ""), color: undefined, population: undefined}, {...town("guryevsk", ""), color: undefined, population: undefined}]}
    }
  ]
};

// 1 March: nothing by town. 2 March: 10 of 10 named, Pravdinsk and Slavsk left out. 3 March: 5 of 20 named (short).
// 4 March: 9 of 10 named with one from another region. 5 March: all four named.
const DAILY = `date,newCases,otherRegions,kaliningrad,guryevsk,pravdinsk,slavsk
2021-03-01,7,,,,,
2021-03-02,10,,8,2,,
2021-03-03,20,,5,,,
2021-03-04,10,1,6,,2,
2021-03-05,12,,6,3,2,1
`;

// 3 March: no town's running total changed, so no update; the next day carries it.
const MUNIC = `date,kaliningrad,guryevsk
2021-03-01,,
2021-03-02,8,2
2021-03-03,0,0
2021-03-04,11,1
2021-03-05,6,3
`;

let dir: string;
let fixture: Snapshot;
let bundled: Snapshot;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "municipalities-"));
  await writeFile(join(dir, "datapackage.json"), JSON.stringify(DATAPACKAGE));
  await writeFile(join(dir, "daily.csv"), DAILY);
  await writeFile(join(dir, "municipalities.csv"), MUNIC);
  await writeFile(join(dir, "meta.json"), JSON.stringify({generatedAt: "2023-06-08T00:00:00Z", tables: {}}));
  fixture = await readSnapshot(dir);
  bundled = await readSnapshot(BUNDLED_DIR);
});
after(() => rm(dir, {recursive: true, force: true}));

test("a town left out of a complete breakdown had no cases; a short breakdown and a day without one keep their blanks", () => {
  const {daily, coverage} = municipalities(fixture);
  assert.deepEqual(daily.dates, ["2021-03-02", "2021-03-03", "2021-03-04", "2021-03-05"], "the days before the first breakdown are not shown");
  assert.deepEqual(daily.series.pravdinsk, [0, null, 2, 2]);
  assert.deepEqual(daily.series.guryevsk, [2, null, 0, 3]);
  assert.deepEqual(daily.series.kaliningrad, [8, 5, 6, 6]);
  assert.deepEqual(daily.series.outsideKaliningrad, [2, null, 2, 6], "the sum of the other towns is missing when one of them is");
  assert.deepEqual(coverage, {first: "2021-03-02", last: "2021-03-05", days: 4, missing: 0, incomplete: 1, close: 2});
});

test("Kaliningrad and the rest are put per 100 000 by their own populations", () => {
  const {daily} = municipalities(fixture);
  assert.equal(daily.fields.kaliningrad.population, MUNICIPAL_POPULATION.kaliningrad);
  assert.equal(daily.fields.outsideKaliningrad.population, MUNICIPAL_POPULATION.guryevsk + MUNICIPAL_POPULATION.pravdinsk + MUNICIPAL_POPULATION.slavsk);
});

test("the grey towns are one band, summed where all of them are known, after the coloured ones by total", () => {
  // Put together on the page, from the data file as the loader writes it.
  const file = JSON.parse(JSON.stringify(municipalities(fixture)));
  const {dailyBands} = municipalReadings(file);
  assert.deepEqual(file.dailyBands.keys, ["kaliningrad", "guryevsk", "otherMunicipalities"]);
  assert.deepEqual(Object.keys(dailyBands.series), file.dailyBands.keys);
  assert.equal(dailyBands.dates, file.daily.dates, "the bands share the days of the towns' series");
  assert.equal(dailyBands.series.kaliningrad, file.daily.series.kaliningrad, "a town's band is its series, not a copy");
  assert.deepEqual(dailyBands.series.otherMunicipalities, [0, null, 2, 3]);
  assert.equal(dailyBands.fields.otherMunicipalities.color, COLORS.grey);
  assert.equal(dailyBands.fields.otherMunicipalities.population, MUNICIPAL_POPULATION.pravdinsk + MUNICIPAL_POPULATION.slavsk);
  assert.deepEqual(file.othersInBand, ["pravdinsk", "slavsk"]);
});

test("Kaliningrad in both sheets, on the municipal sheet's days: a day the daily sheet lacks is blank", () => {
  const file = municipalities(fixture);
  const {kaliningradTwoTables} = municipalReadings(JSON.parse(JSON.stringify(file)));
  assert.deepEqual(kaliningradTwoTables!.dates, file.munic.dates);
  assert.deepEqual(kaliningradTwoTables!.series.munic, file.munic.series.kaliningrad);
  assert.deepEqual(kaliningradTwoTables!.series.daily, file.munic.dates.map((date) => (file.daily.dates.includes(date) ? file.daily.series.kaliningrad[file.daily.dates.indexOf(date)] : null)));
});

test("a day of the municipal sheet with no change anywhere is blank, and its towns get their colours", () => {
  const {munic, municSilentDays} = municipalities(fixture);
  assert.deepEqual(munic.series.kaliningrad, [8, null, 11, 6]);
  assert.equal(municSilentDays, 1);
  assert.equal(munic.fields.kaliningrad.color, COLORS.blue);
  assert.equal(munic.fields.kaliningrad.population, MUNICIPAL_POPULATION.kaliningrad);
});

test("towns are ranked by cases per 100 000 of their own residents", () => {
  const {ranking} = municipalities(fixture);
  const rate = (cases: number, key: string) => (cases / MUNICIPAL_POPULATION[key]) * 100_000;
  assert.deepEqual(
    ranking.towns.map((t) => [t.key, t.rank, t.cases]),
    [["pravdinsk", 1, 4], ["slavsk", 2, 1], ["kaliningrad", 3, 25], ["guryevsk", 4, 5]]
  );
  assert.equal(ranking.towns[2].per100k, rate(25, "kaliningrad"));
  assert.equal(ranking.region.cases, 35);
});

test("every town the descriptions name has its own data file, with its rank and the region's rate; one the sheet lacks says so", () => {
  type Page = {name: string; reported: boolean; rank: number | null; daily: {fields: Record<string, {population?: number}>; series: Record<string, (number | null)[]>}};
  const pages = municipalityPages(fixture) as Record<string, Page>;
  assert.deepEqual(Object.keys(pages), MUNICIPALITIES.map((m) => m.key));
  assert.equal(pages.pravdinsk.name, "Правдинский городской округ");
  assert.equal(pages.pravdinsk.rank, 1);
  assert.equal(pages.pravdinsk.daily.fields.pravdinsk.population, MUNICIPAL_POPULATION.pravdinsk);
  assert.deepEqual(pages.pravdinsk.daily.series.region, [10, null, 8, 12], "the region: the four towns' sum where all are known (not the other region's resident)");
  assert.deepEqual([pages.gusev.reported, pages.gusev.rank, pages.gusev.daily.series.gusev], [false, null, [null, null, null, null]]);
  assert.equal(TOPIC_FOLDERS.municipalities, municipalityPages);
});

test("the real data: 22 towns, nine colours and one grey band of 13, Kaliningrad's rate and rank", () => {
  const file = municipalities(bundled);
  const {ranking, coverage} = file;
  const {dailyBands} = municipalReadings(JSON.parse(JSON.stringify(file)));
  assert.equal(file.dailyBands.keys.length, 10);
  assert.equal(file.dailyBands.keys.at(-1), "otherMunicipalities");
  assert.deepEqual(file.municBandKeys.slice(0, 2), ["kaliningrad", "guryevsk"]);
  assert.equal(file.othersInBand.length, 13);
  const grey = file.byName.daily.filter((key) => file.daily.fields[key].color === COLORS.grey);
  const allKnown = (i: number) => grey.every((key) => file.daily.series[key][i] !== null);
  assert.deepEqual(dailyBands.series.otherMunicipalities, file.daily.dates.map((_, i) => (allKnown(i) ? grey.reduce((total, key) => total + file.daily.series[key][i]!, 0) : null)));
  assert.equal(ranking.towns.length, 22);
  assert.equal(ranking.region.population, POPULATION, "the 22 towns' populations add up to the region's");
  const kaliningrad = ranking.towns.find((t) => t.key === "kaliningrad")!;
  assert.deepEqual([kaliningrad.cases, Math.round(kaliningrad.per100k), kaliningrad.rank], [103_849, 21_174, 2]);
  assert.deepEqual(coverage, {first: "2020-05-21", last: "2023-06-07", days: 955, missing: 158, incomplete: 21, close: 874});
});

test("the config builds one page for each town the column descriptions name", () => {
  assert.deepEqual(config.dynamicPaths, MUNICIPALITIES.map((m) => `/municipalities/${m.key}`));
  assert.equal(config.dynamicPaths.length, 22);
});

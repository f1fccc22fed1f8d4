// The deceased page's summary, from a small hand-written deaths table: bins, sexes, comorbidity shares, median age.
import assert from "node:assert/strict";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {deceasedSummary} from "../src/data/pipeline/deceased.js";
import {readSnapshot} from "../src/data/pipeline/published.js";

const field = (name: string, type: string, title: string, label: string, group?: string) => ({name, type, title, label, ...(group ? {group} : {})});

const DATAPACKAGE = {
  resources: [
    {name: "daily", path: "daily.csv", schema: {fields: [field("date", "date", "дата", "Дата"), field("heart", "integer", "сердце", "Не та таблица", "comorbidity")]}},
    {
      name: "deaths",
      path: "deaths.csv",
      schema: {
        fields: [
          field("date", "date", "дата", "Дата"),
          field("age", "integer", "возраст", "Возраст"),
          field("male", "integer", "мужчина", "Мужчина", "sex"),
          field("female", "integer", "женщина", "Женщина", "sex"),
          field("heart", "integer", "сердце", "Болезни сердца", "comorbidity"),
          field("diabetes", "integer", "диабет", "Диабет", "comorbidity"),
          field("cancer", "integer", "онкология", "Онкология", "comorbidity")
        ]
      }
    }
  ]
};

// Six people: two without a date, one whose sex is not given, one with both flags, one of 100.
const DEATHS = `date,age,male,female,heart,diabetes,cancer
2020-10-14,62,1,,1,,
,77,,1,1,1,
2020-11-01,71,1,,,,
,58,,,1,,
2020-11-05,100,1,1,,,1
2020-12-01,64,,1,,,

`;

const META = JSON.stringify({generatedAt: "2023-06-08T00:00:00Z", tables: {}});

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "deceased-"));
  await writeFile(join(dir, "datapackage.json"), JSON.stringify(DATAPACKAGE));
  await writeFile(join(dir, "deaths.csv"), DEATHS);
  await writeFile(join(dir, "meta.json"), META);
});
after(() => rm(dir, {recursive: true, force: true}));

test("counts the records and those with a date", async () => {
  const summary = deceasedSummary(await readSnapshot(dir));
  assert.equal(summary.records, 6);
  assert.equal(summary.withDate, 4);
});

test("the median age of an even count is the mean of the middle two", async () => {
  assert.equal((deceasedSummary(await readSnapshot(dir))).medianAge, (64 + 71) / 2);
});

test("ten-year bins span the youngest to the oldest, empty ones kept, sex unknown where the flags do not say", async () => {
  assert.deepEqual((deceasedSummary(await readSnapshot(dir))).ageBins, [
    {from: 50, to: 59, male: 0, female: 0, unknownSex: 1},
    {from: 60, to: 69, male: 1, female: 1, unknownSex: 0},
    {from: 70, to: 79, male: 1, female: 1, unknownSex: 0},
    {from: 80, to: 89, male: 0, female: 0, unknownSex: 0},
    {from: 90, to: 99, male: 0, female: 0, unknownSex: 0},
    {from: 100, to: 109, male: 0, female: 0, unknownSex: 1}
  ]);
});

test("comorbidities come from the deaths resource, in its order, with its labels and shares of all records", async () => {
  assert.deepEqual((deceasedSummary(await readSnapshot(dir))).comorbidities, [
    {key: "heart", label: "Болезни сердца", count: 3, share: 3 / 6},
    {key: "diabetes", label: "Диабет", count: 1, share: 1 / 6},
    {key: "cancer", label: "Онкология", count: 1, share: 1 / 6}
  ]);
});

test("an empty table gives zeros and no median, not an error", async () => {
  const empty = await mkdtemp(join(tmpdir(), "deceased-empty-"));
  try {
    await writeFile(join(empty, "datapackage.json"), JSON.stringify(DATAPACKAGE));
    await writeFile(join(empty, "meta.json"), META);
    await writeFile(join(empty, "deaths.csv"), "date,age,male,female,heart,diabetes,cancer\n");
    const summary = deceasedSummary(await readSnapshot(empty));
    assert.deepEqual(summary, {
      records: 0,
      withDate: 0,
      medianAge: null,
      ageBins: [],
      comorbidities: [
        {key: "heart", label: "Болезни сердца", count: 0, share: 0},
        {key: "diabetes", label: "Диабет", count: 0, share: 0},
        {key: "cancer", label: "Онкология", count: 0, share: 0}
      ]
    });
  } finally {
    await rm(empty, {recursive: true, force: true});
  }
});

// A page's data file: fractions shortened to what a chart or table can show, everything else as it was.
import assert from "node:assert/strict";
import {test} from "node:test";
import {topicJson} from "../src/data/pipeline/topic-json.js";

test("fractions keep six significant digits; whole numbers, gaps, text and nesting are untouched", () => {
  const topic = {dates: ["2021-03-01"], series: {share: [0.10704225352112676, null, 1 / 3, 2.5e-7], per100k: [79.03173502814656, 123456.789]}, counts: [0, 1946, 205915], label: "Доля"};
  assert.equal(topicJson(topic), '{"dates":["2021-03-01"],"series":{"share":[0.107042,null,0.333333,2.5e-7],"per100k":[79.0317,123457]},"counts":[0,1946,205915],"label":"Доля"}');
});

test("a rounded file reads back within a millionth of each value", () => {
  const values = Array.from({length: 1000}, (_, i) => Math.sin(i) * 10 ** ((i % 9) - 4));
  const read = JSON.parse(topicJson(values)) as number[];
  values.forEach((value, i) => assert.ok(Math.abs(read[i] - value) <= Math.abs(value) * 5e-6, `${value} read as ${read[i]}`));
});

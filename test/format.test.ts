// The Russian number formats of the charts' axes.
import assert from "node:assert/strict";
import {test} from "node:test";
import {tickFormat} from "../src/components/format.js";

const NBSP = "\u00a0";
/** The labels of one axis, as Plot asks for them: each tick with its index and all the ticks. */
const axis = (ticks: number[], unit?: string) => ticks.map((tick, i) => tickFormat(unit)(tick, i, ticks));

test("an axis that reaches 10 000 is in thousands on every tick; a lower one is in units", () => {
  assert.deepEqual(axis([0, 5000, 10000, 15000]), ["0", `5${NBSP}тыс.`, `10${NBSP}тыс.`, `15${NBSP}тыс.`]);
  assert.deepEqual(axis([0, 2500, 5000, 7500, 10000]), ["0", `2,5${NBSP}тыс.`, `5${NBSP}тыс.`, `7,5${NBSP}тыс.`, `10${NBSP}тыс.`]);
  assert.deepEqual(axis([0, 2000, 4000, 8000]), ["0", `2${NBSP}000`, `4${NBSP}000`, `8${NBSP}000`]);
  assert.deepEqual(axis([-20000, 0, 20000]), [`−20${NBSP}тыс.`, "0", `20${NBSP}тыс.`]);
});

test("shares are in whole percent", () => {
  assert.deepEqual(axis([0, 0.25, 0.5], "%"), [`0${NBSP}%`, `25${NBSP}%`, `50${NBSP}%`]);
});

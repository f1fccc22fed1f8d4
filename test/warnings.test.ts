// Every kind of warning the pipeline writes reads in Russian on the «Данные» page.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import type {Meta} from "../src/shared/meta.js";
import {readerWarning} from "../src/shared/warnings.js";

const KINDS: [string, string][] = [
  ["data!F402 «12 (уточн.)»: expected a whole number; left empty", "data!F402 «12 (уточн.)»: ожидалось целое число; клетка оставлена пустой"],
  ["data!B17 «99 999 999»: expected at most 10 296 660 (ten times the region's population: a typo?); left empty", "data!B17 «99 999 999»: ожидалось не больше 10 296 660 (десять населений области: опечатка?); клетка оставлена пустой"],
  ["data!A402 «31.02.2021»: expected a date written day first, DD.MM.YYYY; left empty", "data!A402 «31.02.2021»: ожидалось дата в виде ДД.ММ.ГГГГ; клетка оставлена пустой"],
  ["data!CB7 has a broken character (a cut UTF-8 sequence); shown as �", "data!CB7: испорченный символ (обрезанная запись в UTF-8); показан как �"],
  ["data: column «пенсионеры» appears 2 times (data!G1, data!CB1); neither copy is published until one is renamed", "Лист data: столбец «пенсионеры» встречается 2 раза (data!G1, data!CB1); ни одна копия не публикуется, пока одну не переименуют"],
  ["data: 7 more bad values in column «ОРВИ» (data!C)", "Лист data: ещё 7 нечитаемых значений в столбце «ОРВИ» (data!C)"],
  ["data: 3 row(s) out of дата order; published sorted", "Лист data: 3 строк не по порядку столбца «дата»; опубликованы по порядку"],
  ["munic: row 797: Городской округ \"Город Калининград\" falls from 1478 to 1475 cases (a correction?); published as -3", "Лист munic, строка 797: у «Городской округ \"Город Калининград\"» число случаев уменьшилось с 1478 до 1475 (исправление?); за день опубликовано −3"],
  ["data «ОРВИ» 12.02.2022 «0»: a missing report, not a real 0 (512 before it, 487 after it, mostly 100 or more on the 7 days either side); left empty", "Лист data, «ОРВИ», 12.02.2022: 0 среди больших чисел (512 до, 487 после) — почти наверняка пропущенная сводка, а не ноль; клетка оставлена пустой"],
  ["data «30days_1000» 19.05.2023 … 22.05.2023 (4 days) «0»: a missing report, not a real 0 (1.25 before it, 1.03 after it, mostly 0.1 or more on the 7 days either side); left empty", "Лист data, «30days_1000», с 19.05.2023 по 22.05.2023 (4 дня): 0 среди больших чисел (1,25 до, 1,03 после) — почти наверняка пропущенная сводка, а не ноль; клетка оставлена пустой"]
];

for (const [english, russian] of KINDS) {
  test(`«${english.slice(0, 60)}…» in Russian`, () => assert.equal(readerWarning(english), russian));
}

test("a warning of a kind it does not know is undefined, so a test can catch it", () => {
  assert.equal(readerWarning("something new happened"), undefined);
});

test("every warning of the bundled real snapshot reads in Russian", () => {
  const meta = JSON.parse(readFileSync(new URL("../src/data/bundled/meta.json", import.meta.url), "utf8")) as Meta;
  const warnings = Object.values(meta.tables).flatMap((table) => table!.warnings);
  assert.ok(warnings.length > 0);
  for (const warning of warnings) assert.ok(readerWarning(warning), warning);
});

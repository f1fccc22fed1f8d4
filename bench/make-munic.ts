// A municipal tab at the Google Sheets limit of 10 million cells: 2,000 municipalities x 1,187 days
// of `ID, Дата, Регион, Выявлено`, written as the gviz endpoint writes it. Seeded, so every machine
// benchmarks the same bytes; generated once into bench/work/ and reused while its size matches.
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {mulberry32} from "../scripts/random.js";

export const WORK = join(dirname(fileURLToPath(import.meta.url)), "work");
const SEED = 20200308;
const MUNICIPALITY_COUNT = 2000;
const DAY_COUNT = 1187; // 08.03.2020 .. 07.06.2023, the span of the daily tab
const FIRST_DAY = Date.UTC(2020, 2, 8);
const NBSP = "\u00a0";

// The 22 real names first (one with quotes inside, to exercise "" escaping), then made-up ones.
const REAL = [
  "Багратионовский городской округ", "Балтийский городской округ", "Гвардейский городской округ", 'Городской округ "Город Калининград"',
  "Гурьевский городской округ", "Гусевский городской округ", "Зеленоградский городской округ", "Краснознаменский городской округ",
  "Ладушкинский городской округ", "Мамоновский городской округ", "Неманский городской округ", "Нестеровский городской округ",
  "Озёрский городской округ", "Пионерский городской округ", "Полесский городской округ", "Правдинский городской округ",
  "Светловский городской округ", "Светлогорский городской округ", "Славский городской округ", "Советский городской округ",
  "Черняховский городской округ", "Янтарный городской округ"
];

export interface MuncipalTab {
  file: string;
  bytes: number;
  rows: number;
  municipalities: number;
  days: number;
}

/** The path of the big tab, generating it first unless a complete copy from an earlier run is there. */
export function ensureMunicipalTab(log: (line: string) => void = () => {}): MuncipalTab {
  const file = join(WORK, `munic-${MUNICIPALITY_COUNT}x${DAY_COUNT}.csv`);
  const metaFile = `${file}.json`;
  const wanted = {seed: SEED, municipalities: MUNICIPALITY_COUNT, days: DAY_COUNT};
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, "utf8")) as MuncipalTab & {seed: number};
    const same = meta.seed === wanted.seed && meta.municipalities === wanted.municipalities && meta.days === wanted.days;
    if (same && statSync(file).size === meta.bytes) return {...meta, file};
  }
  log(`generating ${file} (${MUNICIPALITY_COUNT} municipalities x ${DAY_COUNT} days)…`);
  mkdirSync(WORK, {recursive: true});
  const made = writeMunicipalTab(file);
  writeFileSync(metaFile, JSON.stringify({...wanted, ...made}, null, 2)); // written last: its presence means the CSV is complete
  return {file, ...made, ...wanted};
}

function writeMunicipalTab(file: string): {bytes: number; rows: number} {
  const random = mulberry32(SEED);
  const names = Array.from({length: MUNICIPALITY_COUNT}, (_, i) => REAL[i] ?? `Муниципальный округ № ${String(i + 1).padStart(4, "0")}`);
  // Each municipality has its own size of outbreak and its own cell format (a third show digit groups).
  const scale = names.map(() => 1 + Math.floor(random() ** 2 * 120));
  const grouped = names.map(() => random() < 1 / 3);
  const total = names.map(() => 0);
  const fd = openSync(file, "w");
  let bytes = writeSync(fd, '"ID","Дата","Регион","Выявлено"\n');
  let id = 0;
  for (let day = 0; day < DAY_COUNT; day++) {
    const date = dayFirst(new Date(FIRST_DAY + day * 86_400_000));
    const lines: string[] = [];
    for (let m = 0; m < MUNICIPALITY_COUNT; m++) {
      total[m] += Math.floor(random() ** 3 * scale[m]); // cumulative, so never decreasing
      lines.push(`${quote(String(++id))},${quote(date)},${quote(names[m])},${quote(format(total[m], grouped[m]))}\n`);
    }
    bytes += writeSync(fd, lines.join(""));
  }
  closeSync(fd);
  return {bytes, rows: id};
}

function dayFirst(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}.${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** `12345` → `12 345` with a no-break space, as the sheet's Russian locale displays a grouped number. */
function format(value: number, grouped: boolean): string {
  return grouped ? String(value).replace(/\B(?=(\d{3})+$)/g, NBSP) : String(value);
}

function quote(field: string): string {
  return `"${field.replaceAll('"', '""')}"`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tab = ensureMunicipalTab(console.log);
  console.log(`${tab.file}: ${tab.rows} rows, ${(tab.bytes / 1e6).toFixed(1)} MB`);
}

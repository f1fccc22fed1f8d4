// The pipeline's warnings, written in English for the maintainer's log, in the reader's language for the «Данные» page.
// Each kind of warning is one pattern here; a test runs the pipeline's fault cases and fails on a warning this does not know.

const DAYS = (n: string) => (/1$/.test(n) && !/11$/.test(n) ? "день" : /[234]$/.test(n) && !/1[234]$/.test(n) ? "дня" : "дней");

const REASONS: Record<string, string> = {
  "the region's population": "население области",
  "ten times the region's population: a typo?": "десять населений области: опечатка?"
};

/** What a cell should have held, in Russian. */
function expected(text: string): string {
  const known: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^a date written day first, DD\.MM\.YYYY$/, () => "дата в виде ДД.ММ.ГГГГ"],
    [/^a date no later than tomorrow \((.+)\)$/, (m) => `дата не позже завтрашней (${m[1]})`],
    [/^a whole number$/, () => "целое число"],
    [/^a number$/, () => "число"],
    [/^a number of 0 or more$/, () => "число не меньше 0"],
    [/^at most ([\d\u00a0 ]+)(?: \((.+)\))?$/, (m) => `не больше ${m[1]}${m[2] ? ` (${REASONS[m[2]] ?? m[2]})` : ""}`]
  ];
  for (const [pattern, say] of known) {
    const m = text.match(pattern);
    if (m) return say(m);
  }
  return text;
}

const KINDS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(\S+) «(.*)»: expected (.+); left empty$/s, (m) => `${m[1]} «${m[2]}»: ожидалось ${expected(m[3])}; клетка оставлена пустой`],
  [/^(\S+) has a broken character \(a cut UTF-8 sequence\); shown as �$/, (m) => `${m[1]}: испорченный символ (обрезанная запись в UTF-8); показан как �`],
  [/^(\S+): column «(.+)» appears (\d+) times \((.+)\); neither copy is published until one is renamed$/, (m) => `Лист ${m[1]}: столбец «${m[2]}» встречается ${m[3]} раза (${m[4]}); ни одна копия не публикуется, пока одну не переименуют`],
  [/^(\S+): (\d+) more bad values in column «(.+)» \((.+)\)$/, (m) => `Лист ${m[1]}: ещё ${m[2]} нечитаемых значений в столбце «${m[3]}» (${m[4]})`],
  [/^(\S+): (\d+) row\(s\) out of (.+) order; published sorted$/, (m) => `Лист ${m[1]}: ${m[2]} строк не по порядку столбца «${m[3]}»; опубликованы по порядку`],
  [/^(\S+) «(.+)»: no values in the last (\d+) rows, though it had (\d+) in the (\d+) before; was it emptied\?$/, (m) => `${m[1]} «${m[2]}»: в последних ${m[3]} строках нет значений, хотя в ${m[5]} строках до них их было ${m[4]}; столбец не очистили по ошибке?`],
  [/^(\S+): column (\w+) has values but no header; left out$/, (m) => `Лист ${m[1]}: в столбце ${m[2]} есть значения, но нет заголовка; столбец не опубликован`],
  [/^(\S+) «(.+)»: a new column with text; left out \(describe it in src\/data\/pipeline\/columns\.ts to publish it\)$/, (m) => `${m[1]} «${m[2]}»: новый столбец с текстом; не опубликован, пока его не опишут`],
  [/^(\S+) «(.+)»: a new column, published as «(.+)» \((integer|number)\); describe it in src\/data\/pipeline\/columns\.ts$/, (m) => `${m[1]} «${m[2]}»: новый столбец; опубликован под именем «${m[3]}», пока его не опишут`],
  [/^(\S+): «(.+)» has no value any more on (\d+) day\(s\) that had one \((.+)\); taken as a correction$/, (m) => `Лист ${m[1]}: в столбце «${m[2]}» пропали значения за ${m[3]} ${DAYS(m[3])} (${m[4]}); принято как исправление`],
  [/^(\S+): «(.+)» lost (\d+) values it had in the last snapshot \((.+)\); the published values are kept — check the column in the sheet \(text in a number column is sent as blank\)$/, (m) => `Лист ${m[1]}: в столбце «${m[2]}» пропали ${m[3]} значений, которые были в прошлом снимке (${m[4]}); опубликованы прежние значения — проверьте столбец в таблице`],
  [/^«(.+)» is not published: the sheet lacks (.+)$/, (m) => `Столбец «${m[1]}» не вычислен: в таблице нет ${m[2]}`],
  [/^(\S+): row (\d+): (.+) falls from (\d+) to (\d+) cases \(a correction\?\); published as (-?\d+)$/, (m) => `Лист ${m[1]}, строка ${m[2]}: у «${m[3]}» число случаев уменьшилось с ${m[4]} до ${m[5]} (исправление?); за день опубликовано ${m[6].replace("-", "−")}`],
  [/^(\S+) «(.+)» (\S+)(?: … (\S+) \((\d+) days\))? «0»: a missing report, not a real 0 \((.+) before it, (.+) after it, mostly (.+) or more on the (\d+) days either side\); left empty$/, (m) => `Лист ${m[1]}, «${m[2]}», ${m[4] ? `с ${m[3]} по ${m[4]} (${m[5]} ${DAYS(m[5])})` : m[3]}: 0 среди больших чисел (${m[6].replace(".", ",")} до, ${m[7].replace(".", ",")} после) — почти наверняка пропущенная сводка, а не ноль; клетка оставлена пустой`],
  [/^(\S+): (\d+) more runs of 0 taken as missing reports in «(.+)»$/, (m) => `Лист ${m[1]}: ещё ${m[2]} серий нулей в «${m[3]}» приняты за пропущенные сводки`]
];

/** The warning in Russian, or undefined for a kind of warning this module does not know yet. */
export function readerWarning(text: string): string | undefined {
  for (const [pattern, say] of KINDS) {
    const m = text.match(pattern);
    if (m) return say(m);
  }
  return undefined;
}

/** Why a table could not be published, in the reader's words: the sheet could not be fetched, or it failed the checks. */
export function readerError(error: string): string {
  if (/offline/.test(error)) return "при этой сборке таблицу не запрашивали";
  const fetching = /host|connection|no complete answer|HTTP \d|HTML|empty response|cut short|ends inside|redirect|gzip|not UTF-8/i.test(error);
  return fetching ? "таблицу не удалось получить по сети" : "таблица не прошла проверку: в ней ошибка, которую нужно исправить";
}

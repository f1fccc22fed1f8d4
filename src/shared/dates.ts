// Days as the snapshot writes them (ISO, UTC) and the Russian month names of every date on the site, in node and in the browser alike.

export function parseIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** After a day number, in the genitive: «12 мая 2021». */
export const MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"] as const;
/** Alone, as a month's name: «май 2021». */
export const MONTHS_ALONE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"] as const;
/** After «в»: «в мае 2021 года». */
export const MONTHS_IN = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"] as const;
/** Short, after a day number: «12 мая». */
export const SHORT_MONTHS_GENITIVE = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"] as const;
/** Short, alone, as on an axis: «май». */
export const SHORT_MONTHS = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"] as const;

/** 7 июня 2023 */
export function formatLongIsoDate(iso: string): string {
  const date = parseIsoDate(iso.slice(0, 10));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

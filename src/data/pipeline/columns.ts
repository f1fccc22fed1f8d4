// The one description of every column: cleaning, validation, datapackage.json and chart labels read it.
import {COLORS} from "../../shared/palette.js";
import {MUNICIPAL_POPULATION, POPULATION} from "../../shared/population.js";
import type {Measure} from "../../shared/topic.js";

export type FieldType = "date" | "integer" | "number" | "string";

export interface Column {
  /** Field name in the published snapshot. */
  key: string;
  /** Header as the sheet has it now; published as the field's `title`. */
  header: string;
  /** Headers the sheet used before (renames, fixed typos). */
  aliases?: string[];
  type: FieldType;
  /** Short Russian label for charts and tables. */
  label: string;
  /** One Russian sentence: what the column holds. */
  description: string;
  unit?: string;
  required?: boolean;
  /** Integers that may be negative (corrections). */
  signed?: boolean;
  /** Reported only on some days: a 0 there means "not reported", so charts skip it. */
  sparse?: boolean;
  /** Each value appears once (the table's key). */
  unique?: boolean;
  maximum?: number;
  /** Why the maximum, for the message. */
  maximumReason?: string;
  /** Set by the pipeline, not read from the sheet. */
  derived?: boolean;
  group?: string;
  /** Its colour on every chart of the site. */
  color?: string;
  /** How it counts: a day's new events (the default for counts), a running total, a level (beds in use) or a rate. */
  measure?: Measure;
  /** Residents of the place it counts, where that is not the whole region. */
  population?: number;
}

/** A blank is "not reported" in a count, but a row without its date or region cannot be placed at all. */
export function valueRequired(column: Column): boolean {
  return !!column.required && (column.type === "date" || column.type === "string");
}

const PEOPLE = "чел.";
const PER_1000 = "на 1000 чел.";

/** A rate per 1000 inhabitants over 30 days: a sum the sheet computes on every row, so its 0 is a value. */
export function isPer1000(column: Column): boolean {
  return column.unit === PER_1000;
}

// No count in this sheet (people, tests, doses, beds) comes near ten times the region's population: a larger one is a typo.
const COUNT_LIMIT = {maximum: 10 * POPULATION, maximumReason: "ten times the region's population: a typo?"};

function col(key: string, header: string, label: string, description: string, extra: Partial<Column> = {}): Column {
  return {key, header, type: "integer", label, description, unit: PEOPLE, ...COUNT_LIMIT, ...extra};
}

function cases(key: string, header: string, label: string, group: string, extra: Partial<Column> = {}): Column {
  return col(key, header, label, `Новые случаи за день: ${label.toLowerCase()}`, {group, ...extra});
}

export const DATE: Column = {
  key: "date",
  header: "дата",
  type: "date",
  label: "Дата",
  description: "Дата отчёта",
  required: true,
  unique: true
};

// Nine colours for the nine most populous municipalities; a reader tells 22 colours apart no better than one, so the other
// thirteen share grey, are summed as one band in the stacks, and are named by their own titles in the small multiples.
const MUNICIPAL_COLORS: Record<string, string> = {
  kaliningrad: COLORS.blue,
  guryevsk: COLORS.yellow,
  chernyakhovsk: COLORS.red,
  sovetsk: COLORS.teal,
  gusev: COLORS.green,
  zelenogradsk: COLORS.pink,
  bagrationovsk: COLORS.purple,
  gvardeysk: COLORS.lightBlue,
  baltiysk: COLORS.brown
};

/** The 22 municipalities: header in the `data` tab, and the name the `munic` tab writes in `Регион`. */
export const MUNICIPALITIES: Column[] = [
  ["kaliningrad", "Калининград", [], 'Городской округ "Город Калининград"'],
  ["guryevsk", "Гурьевский городской округ"],
  ["bagrationovsk", "Багратионовский городской округ"],
  ["pravdinsk", "Правдинский городской округ"],
  ["gusev", "Гусевский городской округ"],
  ["baltiysk", "Балтийский городской округ", ["Балтийский городской окру"]],
  ["chernyakhovsk", "Черняховский городской округ", ["Черняховский городской окру"]],
  ["zelenogradsk", "Зеленоградский городской округ", ["Зеленоградский городской окру"]],
  ["svetly", "Светловский городской округ"],
  ["gvardeysk", "Гвардейский городской округ"],
  ["slavsk", "Славский городской округ", ["Славский городской окру"]],
  ["ladushkin", "Ладушкинский городской округ"],
  ["nesterov", "Нестеровский городской округ"],
  ["svetlogorsk", "Светлогорский городской округ"],
  ["pionersky", "Пионерский городской округ"],
  ["neman", "Неманский городской округ"],
  ["polessk", "Полесский городской округ"],
  ["krasnoznamensk", "Краснознаменский городской округ"],
  ["ozyorsk", "Озёрский городской округ", ["Озерский городской округ"]],
  ["yantarny", "Янтарный городской округ"],
  ["mamonovo", "Мамоновский городской округ"],
  ["sovetsk", "Советский городской округ", ["Советский городской окру"]]
].map(([key, header, aliases = [], municName]) => {
  const name = municName ?? header;
  return col(key as string, header as string, (header as string).replace(/ городской округ$/, " ГО"), `Новые случаи за день: ${name}`, {
    aliases: [...(aliases as string[]), ...(municName ? [municName as string] : [])],
    group: "municipalities",
    population: MUNICIPAL_POPULATION[key as string],
    color: MUNICIPAL_COLORS[key as string] ?? COLORS.grey
  });
});

export const DAILY: Column[] = [
  DATE,
  col("newCases", "всего", "Новые случаи", "Новые подтверждённые случаи за день", {required: true, group: "cases", maximum: POPULATION, maximumReason: "the region's population", color: COLORS.blue}),
  {key: "cases30dPer1000", header: "30days_1000", type: "number", label: "Случаи за 30 дней на 1000", description: "Подтверждённые случаи за последние 30 дней на 1000 жителей", unit: PER_1000, group: "cases", color: COLORS.blue, measure: "rate"},
  {key: "infectionRate", header: "infection rate", type: "number", label: "IR4", description: "Индекс распространения Роспотребнадзора: случаи за последние 4 дня к случаям за 4 дня до них", unit: "коэффициент", group: "rate", color: COLORS.blue, measure: "rate"},
  {key: "infectionRate7", header: "IR7", type: "number", label: "IR7", description: "Индекс распространения за 7 дней: случаи за последние 7 дней к случаям за 7 дней до них", unit: "коэффициент", group: "rate", color: COLORS.red, measure: "rate"},
  cases("respiratory", "ОРВИ", "С ОРВИ", "symptoms", {color: COLORS.yellow}),
  cases("pneumonia", "пневмония", "С пневмонией", "symptoms", {color: COLORS.red}),
  cases("severe", "тяжелая форма", "Тяжёлая форма", "symptoms", {color: COLORS.purple}),
  cases("asymptomatic", "без симптомов", "Без симптомов", "symptoms", {color: COLORS.teal}),
  col("hospitalized", "госпитализировано", "Госпитализировано", "Госпитализировано за день", {group: "capacity", color: COLORS.brown}),
  col("vaccinatedCases", "привитых", "Заболели среди привитых", "Заболевшие среди привитых, нарастающим итогом", {group: "vaccinated", color: COLORS.yellow, measure: "total"}),
  cases("vaccinatedPneumonia", "привитых пневмония", "Привитые с пневмонией", "vaccinated", {color: COLORS.red}),
  col("vaccinatedDeaths", "привитых умерло", "Умерли среди привитых", "Умерли от COVID-19 среди привитых (нарастающим итогом, как в отчётах)", {group: "vaccinated", color: COLORS.brown, measure: "total"}),
  col("tests", "кол-во тестов", "Тесты за день", "Проведено тестов за день", {unit: "тестов", group: "tests", color: COLORS.lightBlue}),
  col("testsTotal", "кол-во тестов кумул", "Тесты всего", "Проведено тестов с начала эпидемии", {unit: "тестов", group: "tests", color: COLORS.lightBlue, measure: "total"}),
  col("examined", "кол-во обследованных", "Обследовано за день", "Обследовано человек за день", {group: "tests", color: COLORS.purple}),
  col("testedTotal", "кол-во протестированных", "Протестировано всего", "Протестировано человек с начала эпидемии", {group: "tests", color: COLORS.purple, measure: "total"}),
  col("officialCasesTotal", "выявлено", "Выявлено всего (офиц.)", "Выявлено случаев с начала эпидемии, по официальной сводке", {group: "official", color: COLORS.grey, measure: "total"}),
  col("officialRecoveredTotal", "выздоровели", "Выздоровели всего (офиц.)", "Выздоровели с начала эпидемии, по официальной сводке", {group: "official", color: COLORS.grey, measure: "total"}),
  col("officialDeathsTotal", "умерли", "Умерли всего (офиц.)", "Умерли с начала эпидемии, по официальной сводке", {group: "official", color: COLORS.grey, measure: "total"}),
  col("officialDeathsChange", "умерли разница", "Прирост умерших (офиц.)", "Изменение официального числа умерших за день; бывает отрицательным при уточнениях", {signed: true, group: "official", color: COLORS.grey}),
  col("underObservation", "мед.наблюдение", "Под мед. наблюдением", "Под медицинским наблюдением (изоляция по предписанию)", {group: "cases", sparse: true, color: COLORS.purple, measure: "level"}),
  col("invitroTests", "total", "Invitro: тесты", "Тесты на антитела IgG в лаборатории Invitro за день", {unit: "тестов", group: "invitro", color: COLORS.grey}),
  col("invitroTestsTotal", "totalcum", "Invitro: тесты всего", "Тесты на антитела IgG в Invitro, нарастающим итогом", {unit: "тестов", group: "invitro", color: COLORS.grey, measure: "total"}),
  col("invitroPositive", "positive", "Invitro: положительные", "Положительные тесты на антитела IgG в Invitro за день", {unit: "тестов", group: "invitro", color: COLORS.pink}),
  col("invitroPositiveTotal", "positivecum", "Invitro: положительные всего", "Положительные тесты Invitro, нарастающим итогом", {unit: "тестов", group: "invitro", color: COLORS.pink, measure: "total"}),
  col("invitroNegative", "negative", "Invitro: отрицательные", "Отрицательные тесты на антитела IgG в Invitro за день", {unit: "тестов", group: "invitro", color: COLORS.teal}),
  col("invitroNegativeTotal", "negativecum", "Invitro: отрицательные всего", "Отрицательные тесты Invitro, нарастающим итогом", {unit: "тестов", group: "invitro", color: COLORS.teal, measure: "total"}),
  cases("jobPensioners", ">пенсионеры", "Пенсионеры", "occupations", {color: COLORS.purple}),
  cases("jobMedical", ">мед.работники", "Медработники", "occupations", {aliases: ["мед.работники"], color: COLORS.red}),
  cases("jobIndustry", ">пром.предприятия", "Промышленность", "occupations", {aliases: ["пром.предприятия"], color: COLORS.lightBlue}),
  cases("jobEducation", ">образов.учреждения", "Образование", "occupations", {aliases: ["образов.уч."], color: COLORS.green}),
  cases("jobTransport", ">транс.предприятия", "Транспорт", "occupations", {aliases: ["транспортн.предприятие"], color: COLORS.grey}),
  cases("jobRetail", ">торговля и питание", "Торговля и питание", "occupations", {aliases: ["торговля и питание"], color: COLORS.teal}),
  cases("jobFoodIndustry", ">пищ.промышленность", "Пищевая промышленность", "occupations", {aliases: ["пищ.пром"], color: COLORS.grey}),
  cases("jobUtilities", ">ЖКХ", "ЖКХ", "occupations", {aliases: ["ЖКХ"], color: COLORS.grey}),
  cases("jobFinance", ">банки/юристы/недвижимость", "Банки, юристы, недвижимость", "occupations", {aliases: ["банки, юрфирмы, агентства недвиж."], color: COLORS.grey}),
  cases("jobCivilService", ">гос.служащие", "Госслужащие", "occupations", {color: COLORS.grey}),
  cases("jobPolice", ">правоохранит.", "Правоохранительные органы", "occupations", {aliases: ["правоохранит."], color: COLORS.grey}),
  cases("jobServices", ">быт.услуги и досуг", "Бытовые услуги и досуг", "occupations", {aliases: ["быт.услуги и досуг"], color: COLORS.grey}),
  cases("jobHospitality", ">гостиницы и санатории", "Гостиницы и санатории", "occupations", {aliases: ["гостиницы, санатории"], color: COLORS.grey}),
  cases("jobHotels", "гостиницы", "Гостиницы", "occupationDetails"),
  cases("jobSanatoriums", "санатории", "Санатории", "occupationDetails"),
  cases("jobCulture", ">учреж.культуры", "Культура", "occupations", {aliases: ["культура"], color: COLORS.grey}),
  cases("jobTelecom", ">телеком", "Телеком", "occupations", {aliases: ["телеком"], color: COLORS.grey}),
  cases("jobAgriculture", ">сел.хоз.", "Сельское хозяйство", "occupations", {aliases: ["сх"], color: COLORS.grey}),
  cases("jobSecurity", ">охрана", "Охрана", "occupations", {aliases: ["охрана"], color: COLORS.grey}),
  cases("jobSummerCamps", "ЛОУ", "Летние оздоровительные учреждения", "occupationDetails"),
  cases("jobRotation", ">вахтовики", "Вахтовики", "occupations", {aliases: ["вахтовики"], color: COLORS.grey}),
  cases("jobOther", ">ИП и иные работающие", "ИП и другие работающие", "occupations", {aliases: ["ИП и иные"], color: COLORS.blue}),
  cases("jobBoardingHomes", ">интернаты/диспансеры", "Интернаты и диспансеры", "occupations", {aliases: ["интернаты, биспансеры"], color: COLORS.grey}),
  cases("jobPreschool", ">дошкольники", "Дошкольники", "occupations", {aliases: ["дошкольники"], color: COLORS.pink}),
  cases("jobPreschoolHome", "не ходят в детский сад", "Не ходят в детский сад", "occupationDetails"),
  cases("jobKindergarten", "детсадовцы", "Ходят в детский сад", "occupationDetails"),
  cases("jobSchool", ">школьники", "Школьники", "occupations", {aliases: ["школьники"], color: COLORS.yellow}),
  cases("jobStudents", ">студенты", "Студенты", "occupations", {aliases: ["студенты"], color: COLORS.grey}),
  cases("jobUnemployed", ">не работают/самозанятые", "Не работают или самозанятые", "occupations", {aliases: ["не работают/самозаняты"], color: COLORS.brown}),
  cases("jobStudentsUnder18", "студенты до 18", "Студенты до 18 лет", "occupationDetails"),
  cases("jobStudentsOver18", "студенты от 18", "Студенты от 18 лет", "occupationDetails"),
  col("recovered", "выписали", "Выписаны", "Выписаны (выздоровели) за день", {group: "cases", color: COLORS.green}),
  col("deaths", "умерли от ковид", "Умерли", "Умерли от COVID-19 за день, по официальной сводке", {group: "deaths", color: COLORS.brown}),
  {key: "deaths30dPer1000", header: "30days_1000die", type: "number", label: "Смерти за 30 дней на 1000", description: "Умершие за последние 30 дней на 1000 жителей", unit: PER_1000, group: "deaths", color: COLORS.brown, measure: "rate"},
  col("wardDeathsSinceApril", "умерли в палатах для ковид/пневмония с 1 апреля", "Умерли в ковидных палатах", "Умерли в палатах для COVID-19 и пневмонии с 1 апреля 2020 года, нарастающим итогом (данные по запросу «Нового Калининграда»)", {group: "deaths", sparse: true, color: COLORS.grey, measure: "total"}),
  col("covidBeds", "доступно под ковид", "Коек под COVID-19", "Развёрнуто коек для больных COVID-19", {unit: "коек", group: "capacity", sparse: true, color: COLORS.lightBlue, measure: "level"}),
  col("covidBedsOccupied", "занято под ковид", "Занято коек COVID-19", "Занято коек для больных COVID-19", {unit: "коек", group: "capacity", sparse: true, color: COLORS.blue, measure: "level"}),
  col("ventilators", "доступно ИВЛ", "Аппаратов ИВЛ", "Доступно аппаратов ИВЛ", {unit: "аппаратов", group: "capacity", sparse: true, color: COLORS.grey, measure: "level"}),
  col("ventilatorsOccupied", "занято ИВЛ", "Занято ИВЛ", "Занято аппаратов ИВЛ", {unit: "аппаратов", group: "capacity", sparse: true, color: COLORS.purple, measure: "level"}),
  col("onOxygen", "кисл.поддержка", "На кислороде", "Пациенты на кислородной поддержке", {group: "capacity", sparse: true, color: COLORS.pink, measure: "level"}),
  col("covidPneumoniaBeds", "доступно под ковид и пневмонию", "Коек COVID-19 и пневмония", "Развёрнуто коек для COVID-19 и пневмонии", {unit: "коек", group: "capacity", sparse: true, color: COLORS.yellow, measure: "level"}),
  col("covidPneumoniaBedsOccupied", "занято под ковид и пневмонию", "Занято коек COVID-19 и пневмония", "Занято коек для COVID-19 и пневмонии", {unit: "коек", group: "capacity", sparse: true, color: COLORS.red, measure: "level"}),
  cases("ageUnder1", "до года", "До года", "ages", {color: "#8808a6"}),
  cases("age1to6", "от 01 до 07", "1–6 лет", "ages", {aliases: ["1-6"], color: "#aa2395"}),
  cases("age7to14", "от 07 до 14", "7–14 лет", "ages", {aliases: ["7-14"], color: "#c43e7f"}),
  cases("age15to17", "от 15 до 17", "15–17 лет", "ages", {aliases: ["15-17"], color: "#da5a6a"}),
  cases("age18to29", "от 18 до 29", "18–29 лет", "ages", {aliases: ["18-29"], color: "#eb7655"}),
  cases("age30to49", "от 30 до 49", "30–49 лет", "ages", {aliases: ["30-49"], color: "#f9973f"}),
  cases("age50to64", "от 50 до 64", "50–64 года", "ages", {aliases: ["50-64"], color: "#feba2c"}),
  cases("age65plus", "от 65", "65 лет и старше", "ages", {aliases: ["65+"], color: "#f8e125"}),
  cases("men", "мужчины", "Мужчины", "sex", {color: COLORS.blue}),
  cases("women", "женщины", "Женщины", "sex", {color: COLORS.red}),
  cases("statusStudents", "воспитанники/учащиеся", "Воспитанники и учащиеся", "status", {color: COLORS.yellow}),
  cases("statusWorking", "работающие", "Работающие", "status", {color: COLORS.blue}),
  cases("statusCivilServants", "служащие", "Служащие", "status", {color: COLORS.teal}),
  cases("statusNotWorking", "неработающие и самозанятые", "Неработающие и самозанятые", "status", {color: COLORS.grey}),
  cases("statusPensioners", "пенсионеры", "Пенсионеры", "status", {color: COLORS.purple}),
  cases("sourceImported", "завозные", "Завозные", "source", {color: COLORS.yellow}),
  cases("sourceContact", "контактные", "Контактные", "source", {color: COLORS.blue}),
  cases("sourceUnknown", "не установлены", "Источник не установлен", "source", {color: COLORS.grey}),
  col("epivacDelivered", "эпивак поступило", "ЭпиВакКорона: поставка", "Поступило доз «ЭпиВакКороны»", {unit: "доз", group: "vaccines", color: COLORS.yellow}),
  col("epivacDeliveredTotal", "эпивак кумулятивно", "ЭпиВакКорона", "Поступило доз «ЭпиВакКороны», нарастающим итогом", {unit: "доз", group: "vaccines", color: COLORS.yellow, measure: "total"}),
  col("covivacDelivered", "ковивак", "КовиВак: поставка", "Поступило доз «КовиВака»", {unit: "доз", group: "vaccines", color: COLORS.red}),
  col("covivacDeliveredTotal", "ковивак кумул", "КовиВак", "Поступило доз «КовиВака», нарастающим итогом", {unit: "доз", group: "vaccines", color: COLORS.red, measure: "total"}),
  col("sputnikLightDelivered", "спутник лайт", "Спутник Лайт: поставка", "Поступило доз «Спутника Лайт»", {unit: "доз", group: "vaccines", color: COLORS.teal}),
  col("sputnikLightDeliveredTotal", "спутник лайт кумул", "Спутник Лайт", "Поступило доз «Спутника Лайт», нарастающим итогом", {unit: "доз", group: "vaccines", color: COLORS.teal, measure: "total"}),
  col("sputnikDelivered", "поступило доз вакцин", "Спутник V: поставка", "Поступило доз «Спутника V»", {unit: "доз", group: "vaccines", color: COLORS.blue}),
  col("sputnikDeliveredTotal", "поступило кумулятивно", "Спутник V", "Поступило доз «Спутника V», нарастающим итогом", {unit: "доз", group: "vaccines", color: COLORS.blue, measure: "total"}),
  col("dosesDeliveredTotal", "всего поступило", "Поступило доз", "Поступило доз всех вакцин, нарастающим итогом", {unit: "доз", group: "vaccines", color: COLORS.grey, measure: "total"}),
  col("firstDose", "компонент 1", "Первый компонент", "Привиты первым компонентом, нарастающим итогом", {group: "vaccination", sparse: true, color: COLORS.lightBlue, measure: "total"}),
  col("secondDose", "компонент 2", "Второй компонент", "Привиты вторым компонентом, нарастающим итогом", {group: "vaccination", sparse: true, color: COLORS.blue, measure: "total"}),
  col("boosterDose", "ревакцинация", "Ревакцинация", "Ревакцинированы, нарастающим итогом", {group: "vaccination", sparse: true, color: COLORS.purple, measure: "total"}),
  ...MUNICIPALITIES,
  col("otherRegions", "другие регионы", "Другие регионы", "Новые случаи за день среди жителей других регионов", {group: "municipalitiesOther", color: COLORS.grey}),
  {key: "schoolNotes", header: "учебные учреждения", type: "string", label: "Учебные учреждения", description: "Заметки о случаях в учебных учреждениях (свободный текст)", group: "notes"}
];

/** Columns the pipeline adds to daily.csv; `inputs` must all be in the sheet for a column to be derived. */
export const DAILY_DERIVED: (Column & {inputs: string[]})[] = [
  {...col("casesTotal", "кумул. случаи", "Случаи всего", "Подтверждённые случаи с начала эпидемии (сумма «всего»)"), derived: true, group: "cases", color: COLORS.blue, measure: "total", inputs: ["newCases"]},
  {...col("deathsTotal", "кумул.умерли", "Умерли всего", "Умершие от COVID-19 с начала эпидемии (сумма «умерли от ковид»)"), derived: true, group: "deaths", color: COLORS.brown, measure: "total", inputs: ["deaths"]},
  {...col("recoveredTotal", "кумул.выписаны", "Выписаны всего", "Выписанные с начала эпидемии (сумма «выписали»)"), derived: true, group: "cases", color: COLORS.green, measure: "total", inputs: ["recovered"]},
  {...col("activeTotal", "кумул.активные", "Активные случаи", "Активные случаи: все случаи минус выписанные минус умершие", {signed: true}), derived: true, group: "cases", color: COLORS.pink, measure: "level", inputs: ["newCases", "recovered", "deaths"]},
  {...col("outsideKaliningrad", "все кроме Калининграда", "Все, кроме Калининграда", "Новые случаи во всех муниципалитетах, кроме Калининграда (сумма городских округов)"), derived: true, group: "municipalities", color: COLORS.red, population: POPULATION - MUNICIPAL_POPULATION.kaliningrad, inputs: MUNICIPALITIES.filter((m) => m.key !== "kaliningrad").map((m) => m.key)},
  {key: "growthDaysRatio", header: "отношение", type: "number", label: "Дни роста к дням спада", description: "Число дней с IR4 ≥ 1 к числу дней с IR4 < 1, нарастающим итогом (округлено до сотых)", unit: "коэффициент", derived: true, group: "rate", color: COLORS.purple, measure: "rate", inputs: ["infectionRate"]}
];

export const DEATHS: Column[] = [
  {key: "date", header: "дата", type: "date", label: "Дата", description: "Дата смерти, если известна"},
  col("age", "возраст", "Возраст", "Возраст умершего, полных лет", {unit: "лет", required: true}),
  col("male", "мужчина", "Мужчина", "1, если умерший — мужчина", {unit: undefined, group: "sex"}),
  col("female", "женщина", "Женщина", "1, если умершая — женщина", {unit: undefined, group: "sex"}),
  col("heart", "сердце", "Болезни сердца", "1, если были болезни сердца и сосудов", {unit: undefined, group: "comorbidity"}),
  col("diabetes", "диабет", "Диабет", "1, если был сахарный диабет", {unit: undefined, group: "comorbidity"}),
  col("asthma", "астма", "Астма", "1, если была астма или болезни лёгких", {unit: undefined, group: "comorbidity"}),
  col("kidney", "почки", "Болезни почек", "1, если были болезни почек", {unit: undefined, group: "comorbidity"}),
  col("cancer", "онкология", "Онкология", "1, если было онкологическое заболевание", {unit: undefined, group: "comorbidity"}),
  col("immune", "имунные", "Иммунные", "1, если были иммунные заболевания", {unit: undefined, group: "comorbidity"}),
  col("neuro", "неврология", "Неврология", "1, если были неврологические заболевания", {unit: undefined, group: "comorbidity"})
];

export const ROSSTAT: Column[] = [
  {key: "month", header: "Месяц", type: "date", label: "Месяц", description: "Месяц (первое число месяца)", required: true, unique: true},
  col("covidConfirmed", "умерли от ковид, вирус определен", "COVID-19, вирус определён", "Умерли от COVID-19, вирус подтверждён", {group: "rosstat", color: COLORS.red}),
  col("covidSuspected", "предположительно умерли от ковид", "Предположительно COVID-19", "Предположительно умерли от COVID-19", {group: "rosstat", color: COLORS.yellow}),
  col("otherCauseVirusContributed", "умерли не от ковид, вирус оказал влияние", "Другая причина, вирус повлиял", "Умерли не от COVID-19, но вирус оказал влияние на смерть", {group: "rosstat", color: COLORS.purple}),
  col("otherCauseVirusNotContributed", "умерли не от ковид, не оказал влияние", "Другая причина, вирус не повлиял", "Умерли не от COVID-19, вирус не оказал влияния", {group: "rosstat", color: COLORS.grey}),
];

/** The long municipal tab, before it is pivoted into municipalities.csv. */
export const MUNIC: Column[] = [
  {key: "id", header: "ID", type: "string", label: "ID", description: "Номер строки в таблице"},
  {key: "date", header: "Дата", type: "date", label: "Дата", description: "Дата сводки", required: true},
  {key: "region", header: "Регион", type: "string", label: "Муниципалитет", description: "Муниципальное образование", required: true},
  col("casesTotal", "Выявлено", "Выявлено всего", "Выявлено случаев с начала эпидемии, нарастающим итогом", {required: true})
];

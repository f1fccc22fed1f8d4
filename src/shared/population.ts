// The populations every rate per 100 000 divides by, for the pipeline and the pages alike: one source for the region and
// each of its 22 municipalities, so that a municipality's rate and the region's compare like with like.

/** Where the figures come from, as a reader sees it under a chart. */
export const POPULATION_SOURCE = "Всероссийская перепись населения 2020 года (проведена в октябре 2021 года), Росстат";

/** The Kaliningrad region's residents, 1 October 2021. */
export const POPULATION = 1_029_966;

/** Each municipality's residents, 1 October 2021, by its key in columns.ts. Черняховский is the region's total less the other 21. */
export const MUNICIPAL_POPULATION: Record<string, number> = {
  kaliningrad: 490_449,
  guryevsk: 103_416,
  bagrationovsk: 32_923,
  pravdinsk: 18_443,
  gusev: 38_089,
  baltiysk: 28_856,
  chernyakhovsk: 46_410,
  zelenogradsk: 38_010,
  svetly: 27_606,
  gvardeysk: 29_797,
  slavsk: 16_193,
  ladushkin: 3_761,
  nesterov: 11_897,
  svetlogorsk: 20_105,
  pionersky: 12_794,
  neman: 15_606,
  polessk: 17_134,
  krasnoznamensk: 11_082,
  ozyorsk: 12_664,
  yantarny: 7_294,
  mamonovo: 8_527,
  sovetsk: 38_910
};

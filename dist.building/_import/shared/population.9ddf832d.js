export const POPULATION_SOURCE = "\u0412\u0441\u0435\u0440\u043E\u0441\u0441\u0438\u0439\u0441\u043A\u0430\u044F \u043F\u0435\u0440\u0435\u043F\u0438\u0441\u044C \u043D\u0430\u0441\u0435\u043B\u0435\u043D\u0438\u044F 2020 \u0433\u043E\u0434\u0430 (\u043F\u0440\u043E\u0432\u0435\u0434\u0435\u043D\u0430 \u0432 \u043E\u043A\u0442\u044F\u0431\u0440\u0435 2021 \u0433\u043E\u0434\u0430), \u0420\u043E\u0441\u0441\u0442\u0430\u0442";
export const POPULATION = 1029966;
export const MUNICIPAL_POPULATION = {
  kaliningrad: 490449,
  guryevsk: 103416,
  bagrationovsk: 32923,
  pravdinsk: 18443,
  gusev: 38089,
  baltiysk: 28856,
  chernyakhovsk: 46410,
  zelenogradsk: 38010,
  svetly: 27606,
  gvardeysk: 29797,
  slavsk: 16193,
  ladushkin: 3761,
  nesterov: 11897,
  svetlogorsk: 20105,
  pionersky: 12794,
  neman: 15606,
  polessk: 17134,
  krasnoznamensk: 11082,
  ozyorsk: 12664,
  yantarny: 7294,
  mamonovo: 8527,
  sovetsk: 38910
};

// The site in one screen: pages in reading order, theme, and no requests to other hosts.

// Built by GitHub Actions, the footer links the repository and its `datasets` branch of every snapshot; a local build has no repository to name.
const repository = process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${process.env.GITHUB_REPOSITORY}` : null;
const code = repository ? `Код: <a href="${repository}">${process.env.GITHUB_REPOSITORY}</a>, MIT; все снимки данных — в <a href="${repository}/tree/datasets">ветке datasets</a>.` : "Код: MIT.";

export default {
  root: "src",
  title: "COVID-19 в Калининградской области",
  pages: [
    {name: "Обзор", path: "/"},
    {name: "Динамика заражения", path: "/cases"},
    {name: "Infection rate", path: "/infection-rate"},
    {name: "Смертность", path: "/deaths"},
    {name: "Нагрузка на систему", path: "/capacity"},
    {name: "Тестирование", path: "/tests"},
    {name: "Вакцинация", path: "/vaccination"},
    {name: "Муниципалитеты", path: "/municipalities"},
    {name: "Демография", path: "/demographics"},
    {name: "Умершие: возраст, пол, болезни", path: "/deceased"},
    {name: "Данные", path: "/data"},
    {name: "О проекте", path: "/about"}
  ],
  theme: ["air", "near-midnight"],
  // Framework links Google Fonts by default; system fonts keep every request on this host.
  globalStylesheets: [],
  style: "style.css",
  search: false,
  pager: true,
  toc: false,
  preserveExtension: true,
  footer: `Данные: <a href="./data.html">снимок публичной Google-таблицы</a>. ${code} Сделано на Observable Framework.`,
  head: '<meta name="description" content="Живой блокнот о COVID-19 в Калининградской области: случаи, смерти, тесты, вакцинация, муниципалитеты."><link rel="icon" href="data:,">'
};

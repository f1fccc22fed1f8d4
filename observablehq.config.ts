// The site in one screen: pages in reading order, theme, and no requests to other hosts.
export default {
  root: "src",
  title: "COVID-19 в Калининградской области",
  pages: [
    {name: "Обзор", path: "/"}
  ],
  theme: ["air", "near-midnight"],
  // Framework links Google Fonts by default; system fonts keep every request on this host.
  globalStylesheets: [],
  style: "style.css",
  search: false,
  pager: true,
  toc: false,
  cleanUrls: false,
  footer: 'Данные: <a href="./data.html">снимок публичной Google-таблицы</a>. Код: MIT. Сделано на Observable Framework.',
  head: '<meta name="description" content="Живой блокнот о COVID-19 в Калининградской области: случаи, смерти, тесты, вакцинация, муниципалитеты."><link rel="icon" href="data:,">'
};

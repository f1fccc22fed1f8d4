// The site in one screen: pages in reading order, theme, and no requests to other hosts.
import type MarkdownIt from "markdown-it";
import {MUNICIPALITIES} from "./src/data/pipeline/columns.js";

/** Every page opens with the data's status line: a cell that src/components/data-status.ts draws and the build writes in ahead. */
function statusLine(md: MarkdownIt): void {
  md.core.ruler.after("block", "data-status", (state) => {
    const depth = String(state.env?.path ?? "/").split("/").length - 2;
    const dataHref = `${depth > 0 ? "../".repeat(depth) : "./"}data.html`;
    const token = (type: string, content: string) => Object.assign(new state.Token(type, type === "fence" ? "code" : "", 0), {content, block: true, map: [0, 0]});
    const cell = Object.assign(token("fence", `import {dataStatus} from "/components/data-status.js";\ndisplay(await dataStatus(() => FileAttachment("/data/snapshot/status.json").json(), ${JSON.stringify(dataHref)}));\n`), {info: "js", markup: "```"});
    state.tokens.unshift(token("html_block", '<div class="data-status-cell">\n'), cell, token("html_block", "</div>\n"));
  });
}

// Built by GitHub Actions, the footer links the repository and its `datasets` branch of every snapshot; a local build has no repository to name.
const repository = process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${process.env.GITHUB_REPOSITORY}` : null;
const code = repository ? `Код: <a href="${repository}">${process.env.GITHUB_REPOSITORY}</a>, MIT; все снимки данных — в <a href="${repository}/tree/datasets">ветке datasets</a>.` : "Код: MIT.";

export default {
  // scripts/framework.ts sets these to build aside and swap the folder in, and the tests to build a copy; plain Framework uses src and dist.
  root: process.env.OBSERVABLE_ROOT || "src",
  output: process.env.OBSERVABLE_OUTPUT || "dist",
  title: "COVID-19 в Калининградской области",
  pages: [
    {name: "Обзор", path: "/"},
    {name: "Динамика заражения", path: "/cases"},
    {name: "Индекс распространения", path: "/infection-rate"},
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
  // Each municipality's own page (src/municipalities/[municipality].md), one per column the descriptions name.
  dynamicPaths: MUNICIPALITIES.map(({key}) => `/municipalities/${key}`),
  theme: ["air", "near-midnight"],
  // Framework links Google Fonts by default; system fonts keep every request on this host.
  globalStylesheets: [],
  style: "style.css",
  // Framework's search: its index is fetched when a reader first types in the box. It folds «ё» into «е» (and accents
  // generally) in the index and the query alike. The municipalities' own pages are not in the sidebar, so they are named here.
  search: {
    async *index() {
      for (const {key, header, aliases = []} of MUNICIPALITIES) {
        yield {path: `/municipalities/${key}`, title: key === "kaliningrad" ? "Калининград" : header, text: [header, ...aliases].join(" ")};
      }
    }
  },
  pager: true,
  toc: false,
  markdownIt: (md: MarkdownIt) => md.use(statusLine),
  preserveExtension: true,
  footer: `Данные: <a href="./data.html">снимок публичной Google-таблицы</a>. ${code} Сделано на Observable Framework.`,
  head: '<meta name="description" content="COVID-19 в Калининградской области с марта 2020 по июнь 2023 года: случаи, смерти, тесты, вакцинация, муниципалитеты — по официальным сводкам."><link rel="icon" href="data:,">'
};

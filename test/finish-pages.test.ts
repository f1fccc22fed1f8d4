// scripts/finish-pages.ts edits Framework's output: each edit must find what it edits, or the build stops and says which.
import assert from "node:assert/strict";
import {test} from "node:test";
import {finishPage, finishSearch} from "../scripts/finish-pages.js";
import type {Meta} from "../src/shared/meta.js";

const META: Meta = {generatedAt: "2026-12-02T08:00:00Z", tables: {daily: {status: "fresh", source: "s", fetchedAt: "2026-12-02T08:00:00Z", rows: 2, firstDate: "2020-03-08", lastDate: "2023-06-07", warnings: []}}};

// The parts of a page as Framework 1.13 writes it that the edits look for.
const FRAMEWORK_PAGE = `<!DOCTYPE html>
<html>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<script type="module">
import {define} from "./_observablehq/client.js";
</script>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="./">Обзор</a></li>
  </ol>
  <div id="observablehq-search"><input type="search" placeholder="Search"></div>
</nav>
<main id="observablehq-main" class="observablehq">
<div class="data-status-cell">
<div class="observablehq observablehq--block"><!--:abc:--></div>
</div>
<h1>Страница</h1>
</main>
</html>
`;

test("a page as Framework writes it: lang, zoom, the policy with its script's hash, the sidebar, the status line", () => {
  const page = finishPage(FRAMEWORK_PAGE, "municipalities/gusev.html", META);
  assert.match(page, /<html lang="ru">/);
  assert.match(page, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]+'; /);
  assert.match(page, /aria-label="Показать или скрыть оглавление"/);
  assert.match(page, /<input type="search" placeholder="Поиск" aria-label="Поиск по сайту">/);
  assert.match(page, /<label id="observablehq-sidebar-close"[^>]*><\/label>\n {2}<ol>/);
  assert.match(page, /<div class="observablehq observablehq--block"><p class="data-status" role="note">Данные до 7 июня 2023 года: сбор данных прекращён\. <a href="\.\.\/data\.html">О данных<\/a><\/p><!--:abc:-->/);
});

for (const [what, part] of [
  ["lang", "<html>"],
  ["zoom", "maximum-scale=1"],
  ["sidebar toggle", 'title="Toggle sidebar"'],
  ["sidebar close", '<label id="observablehq-sidebar-close"'],
  ["search box", 'placeholder="Search"'],
  ["status line", '<div class="data-status-cell">'],
  ["content security policy", '<meta charset="utf-8">']
]) {
  test(`a Framework whose output has no «${part}» stops the build, naming the edit (${what})`, () => {
    assert.throws(() => finishPage(FRAMEWORK_PAGE.replace(part, "<changed>"), "cases.html", META), new RegExp(`^Error: cases\\.html: ${what}: expected Framework's output to hold [\\s\\S]* once, found it 0 times; has Framework changed\\?`));
  });
}

test("Framework's search module tells what it found in Russian; a module of another shape stops the build", () => {
  // The lines of Framework 1.13's search.js that speak to the reader, as its build minifies them.
  const minified = 'se.innerHTML=r.length===0?"<div>no results</div>":`<div>${r.length.toLocaleString("en-US")} result${r.length===1?"":"s"}</div><ol>${r.map(Se).join("")}</ol>`';
  assert.equal(finishSearch(minified), 'se.innerHTML=r.length===0?"<div>ничего не найдено</div>":`<div>найдено страниц: ${r.length}</div><ol>${r.map(Se).join("")}</ol>`');
  assert.throws(() => finishSearch(minified.replace("no results", "nothing")), /search\.js: search: no results: expected Framework's output to hold/);
});

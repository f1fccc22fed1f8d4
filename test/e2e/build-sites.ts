// Builds the sites the browser tests read, once per run: the real-data default, and the generated sample served as the sheet.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {buildSite, ROOT} from "../support/site-build.js";

const sample = (tab: string) => readFileSync(join(ROOT, "test/fixtures/sample", `${tab}.csv`), "utf8");

await buildSite("real", {offline: true});
await buildSite("sample", {tabs: Object.fromEntries(["data", "destrib", "rosstat", "munic"].map((tab) => [tab, sample(tab)]))});
console.log("built .test-builds/real and .test-builds/sample");

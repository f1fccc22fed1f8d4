// Every page's data file, by name: the archive writes each as topics/<name>.json, which its page reads.
import {capacity} from "./capacity.js";
import {cases} from "./cases.js";
import {deaths} from "./deaths.js";
import {deceased} from "./deceased.js";
import {demographics} from "./demographics.js";
import {infectionRate} from "./infection-rate.js";
import {municipalities, municipalityPages} from "./municipalities.js";
import {overview} from "./overview.js";
import {rosstat} from "./rosstat.js";
import {tests} from "./tests.js";
import {vaccination} from "./vaccination.js";
import type {Snapshot} from "../pipeline/published.js";

export const TOPICS: Record<string, (snapshot: Snapshot) => unknown> = {
  capacity,
  cases,
  deaths,
  deceased,
  demographics,
  "infection-rate": infectionRate,
  municipalities,
  overview,
  rosstat,
  tests,
  vaccination
};

/** Data files one per item, each written as topics/<name>/<item>.json: every municipality's own page reads its own. */
export const TOPIC_FOLDERS: Record<string, (snapshot: Snapshot) => Record<string, unknown>> = {
  municipalities: municipalityPages
};

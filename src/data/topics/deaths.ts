import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

export const deaths = (snapshot: Snapshot) => topicOf(snapshot, {keys: ["deaths", "deathsTotal", "deaths30dPer1000", "wardDeathsSinceApril", "vaccinatedDeaths"]});

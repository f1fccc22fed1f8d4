import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

export const overview = (snapshot: Snapshot) => topicOf(snapshot, {keys: ["newCases", "deaths", "recovered", "infectionRate", "firstDose", "secondDose", "vaccinatedCases", "vaccinatedDeaths", "wardDeathsSinceApril"]});

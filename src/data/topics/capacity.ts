import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

export const capacity = (snapshot: Snapshot) => topicOf(snapshot, {keys: ["newCases", "recovered", "casesTotal", "recoveredTotal", "activeTotal", "covidBeds", "covidBedsOccupied", "covidPneumoniaBeds", "covidPneumoniaBedsOccupied", "onOxygen", "ventilators", "ventilatorsOccupied", "hospitalized"]});

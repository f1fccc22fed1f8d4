import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

export const cases = (snapshot: Snapshot) => topicOf(snapshot, {keys: ["newCases", "respiratory", "pneumonia", "asymptomatic", "severe", "casesTotal", "underObservation", "cases30dPer1000", "invitroPositive", "invitroPositiveTotal", "vaccinatedCases"]});

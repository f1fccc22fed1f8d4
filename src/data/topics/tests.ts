import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

export const tests = (snapshot: Snapshot) => topicOf(snapshot, {keys: ["tests", "examined", "testsTotal", "testedTotal", "respiratory", "pneumonia", "asymptomatic", "recovered", "invitroPositive", "invitroNegative", "invitroTests", "invitroTestsTotal", "casesTotal", "invitroPositiveTotal", "invitroNegativeTotal"]});

import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["tests", "examined", "testsTotal", "testedTotal", "respiratory", "pneumonia", "asymptomatic", "recovered", "invitroPositive", "invitroNegative", "invitroTests", "invitroTestsTotal", "casesTotal", "invitroPositiveTotal", "invitroNegativeTotal"]}));

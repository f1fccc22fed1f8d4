import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["newCases", "respiratory", "pneumonia", "asymptomatic", "severe", "casesTotal", "underObservation", "cases30dPer1000", "invitroPositive", "invitroPositiveTotal", "vaccinatedCases"]}));

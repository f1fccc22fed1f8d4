import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["newCases", "deaths", "recovered", "infectionRate", "firstDose", "secondDose", "vaccinatedCases", "vaccinatedDeaths", "wardDeathsSinceApril"]}));

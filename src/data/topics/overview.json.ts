import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["newCases", "casesTotal", "deaths", "deathsTotal", "recovered", "recoveredTotal", "infectionRate", "firstDose", "secondDose", "vaccinatedCases", "vaccinatedDeaths", "wardDeathsSinceApril"]}));

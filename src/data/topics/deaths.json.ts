import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["deaths", "deathsTotal", "deaths30dPer1000", "wardDeathsSinceApril", "vaccinatedDeaths"]}));

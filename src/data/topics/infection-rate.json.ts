import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["infectionRate", "infectionRate7", "growthDaysRatio"]}));

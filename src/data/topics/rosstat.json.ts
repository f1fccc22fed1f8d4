import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({table: "rosstat", groups: ["rosstat"]}));

import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["newCases"], groups: ["status", "occupations", "sex", "ages", "source"]}));

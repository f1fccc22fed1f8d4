import {topicJson} from "../pipeline/topic.js";

// Two tables: the daily sheet's municipal columns, and the separate municipal sheet (cumulative counts turned into daily ones).
const daily = await topicJson({keys: ["kaliningrad", "outsideKaliningrad"], groups: ["municipalities"]});
const munic = await topicJson({table: "municipalities", groups: ["municipalities"]});
process.stdout.write(`{"daily":${daily},"munic":${munic}}`);

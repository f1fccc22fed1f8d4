import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["newCases", "recovered", "casesTotal", "recoveredTotal", "activeTotal", "covidBeds", "covidBedsOccupied", "covidPneumoniaBeds", "covidPneumoniaBedsOccupied", "onOxygen", "ventilators", "ventilatorsOccupied", "hospitalized"]}));

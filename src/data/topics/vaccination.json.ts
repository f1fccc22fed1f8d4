import {topicJson} from "../pipeline/topic.js";

process.stdout.write(await topicJson({keys: ["dosesDeliveredTotal", "sputnikDeliveredTotal", "epivacDeliveredTotal", "covivacDeliveredTotal", "sputnikLightDeliveredTotal", "firstDose", "secondDose", "boosterDose"]}));

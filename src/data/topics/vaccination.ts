import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

export const vaccination = (snapshot: Snapshot) => topicOf(snapshot, {keys: ["dosesDeliveredTotal", "sputnikDeliveredTotal", "epivacDeliveredTotal", "covivacDeliveredTotal", "sputnikLightDeliveredTotal", "firstDose", "secondDose", "boosterDose"]});

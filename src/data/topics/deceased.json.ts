import {deceasedSummary} from "../pipeline/deceased.js";

process.stdout.write(JSON.stringify(await deceasedSummary()));

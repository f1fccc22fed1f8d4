// Every data file of the site: the pipeline runs once per build, and pages read data/snapshot/<file>.
import {snapshotArchive} from "./pipeline/archive.js";

process.stdout.write(await snapshotArchive({log: (line) => console.error(line)}));

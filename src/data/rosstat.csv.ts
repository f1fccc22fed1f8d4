import {publishedFile} from "./pipeline/build-snapshot.js";

process.stdout.write(await publishedFile("rosstat.csv"));

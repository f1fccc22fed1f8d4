import {publishedFile} from "./pipeline/build-snapshot.js";

process.stdout.write(await publishedFile("deaths.csv"));

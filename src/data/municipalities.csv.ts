import {publishedFile} from "./pipeline/build-snapshot.js";

process.stdout.write(await publishedFile("municipalities.csv"));

// Framework resolves "latest" versions of the libraries its standard library can load lazily, by asking the npm registry,
// even when a page never loads them. Marking versions as known makes the build work with no network at all.
import {mkdir} from "node:fs/promises";
import {join} from "node:path";

// The site loads none of these (the CSP would refuse them); only their version numbers are needed, to name URLs that are never fetched.
const LAZY_LIBRARIES = [
  "@observablehq/plot@0.6.17",
  "@observablehq/sample-datasets@1.0.1",
  "apache-arrow@21.2.0",
  "arquero@8.0.3",
  "d3@7.9.2",
  "d3-dsv@3.0.2",
  "echarts@6.1.0",
  "htl@0.3.1",
  "leaflet@1.9.4",
  "lodash@4.18.1",
  "mapbox-gl@3.32.0",
  "parquet-wasm@0.8.0",
  "react@19.3.1",
  "react-dom@19.3.1",
  "topojson-client@3.1.0"
];

/** Framework reads its npm version cache from folder names under .observablehq/cache/_npm. */
export async function markNpmVersionsKnown(root: string): Promise<void> {
  for (const library of LAZY_LIBRARIES) await mkdir(join(root, ".observablehq/cache/_npm", library), {recursive: true});
}

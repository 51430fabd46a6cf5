/** `npm run data:format`: rewrites every data/*.json file in canonical form (schema key order, 2-space indent). */
import { readFileSync, writeFileSync } from "node:fs";
import { canonicalCollectionText } from "./lib/canonical-json.js";
import { COLLECTIONS, collectionFile } from "./lib/load-data.js";

for (const name of COLLECTIONS) {
  const file = collectionFile(name);
  const text = readFileSync(file, "utf8");
  const canonical = canonicalCollectionText(name, JSON.parse(text));
  if (canonical !== text) {
    writeFileSync(file, canonical);
    console.log(`formatted data/${name}.json`);
  }
}

// Question 9: a year → events timeline, and a CSV of the figures for a spreadsheet.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { groupEventsByYear } from "vietnam-us-relations";

for (const { year, events } of groupEventsByYear()) console.log(`${year}: ${events.map((event) => event.title).join(" | ")}`);

// The package ships every collection as CSV too: open this file in a spreadsheet, or copy it.
const csv = readFileSync(fileURLToPath(import.meta.resolve("vietnam-us-relations/data/figures.csv")), "utf8");
console.log(`\nfigures.csv, ${csv.trimEnd().split("\n").length - 1} rows; columns: ${csv.slice(0, csv.indexOf("\n"))}`);

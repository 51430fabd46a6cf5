// Question 6: everything document 004 (004_df7131e9b2de6e9e.txt, the Giang–Hegseth talks) supports.
import { findRecordsBySource } from "vietnam-us-relations";

const supported = findRecordsBySource("source:vna-giang-hegseth-talks");
if (supported === undefined) throw new Error("no such source"); // a mistyped id gives undefined, not empty lists
for (const [collection, records] of Object.entries(supported)) {
  console.log(`${collection} (${records.length})${records.map((record) => `\n  ${record.id}`).join("")}`);
}

// Question 12: a search box — ranked hits with the field that matched and a snippet.
import { describeRecord, search } from "vietnam-us-relations";

for (const query of ["Secretary of War", "dioxin", "bones"]) {
  console.log(`${query}:`);
  for (const hit of search(query, { limit: 3 })) console.log(`  [${hit.kind}, ${hit.field}] ${hit.snippet}\n    ${"label" in hit.record ? hit.record.label : describeRecord(hit.record)}`);
}

// Question 13: a retrieval (LLM) export — one short text per fact, with its citation, as JSON lines.
import { dataset, describeRecord } from "vietnam-us-relations";

for (const record of [...dataset.events, ...dataset.figures, ...dataset.notes].filter((fact) => fact.deprecated === undefined)) {
  console.log(JSON.stringify({ id: record.id, text: describeRecord(record), quotes: record.citations.map((citation) => citation.quote) }));
}

// Question 2: how many US servicemen's remains (or "cases") have been identified or repatriated, as of each reported date,
// with the quote for each.
import { getFigureHistory, type MetricId } from "vietnam-us-relations";

const metrics: MetricId[] = ["servicemen-remains-handed-over", "remains-returned", "us-servicemen-identified", "us-identified-cases"];
for (const figure of metrics.flatMap((metric) => getFigureHistory(metric))) {
  const qualifier = figure.qualifier === "exact" ? "" : `${figure.qualifier} `;
  console.log(`${figure.asOf}  ${figure.metric}: ${qualifier}${figure.value} ${figure.unit}`);
  for (const { documentId, quote } of figure.citations) console.log(`  "${quote}" (${documentId})`);
}

// Question 8: which figures disagree, and why.
import { findNotesAbout, getFigureHistory, listMetrics } from "vietnam-us-relations";

for (const metric of listMetrics()) {
  const history = getFigureHistory(metric.id);
  const notes = new Set(history.flatMap((figure) => findNotesAbout(figure.id)).filter((note) => note.kind === "disagreement"));
  for (const note of notes) {
    console.log(`${metric.label}: ${history.map((f) => `${f.qualifier === "exact" ? "" : `${f.qualifier} `}${f.value} (${f.asOf}, ${f.citations[0]?.documentId})`).join(" vs ")}`);
    console.log(`  why: ${note.body}`);
  }
}

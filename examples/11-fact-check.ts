// Question 11: a fact-check bot's answer — the figure, its sources, the other counts and why they differ.
import { explainFigure } from "vietnam-us-relations";

const answer = explainFigure("us-servicemen-identified");
console.log(answer?.text ?? "No document reports this figure.");
for (const note of answer?.notes ?? []) console.log(`- ${note.kind} (${note.id}): ${note.title}`);

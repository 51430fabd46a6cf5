// Question 3: the non-refundable US aid for the Bien Hoa dioxin clean-up, before and after the new package.
import { findNotesAbout, getFigure, getFigureHistory } from "vietnam-us-relations";

const usd = (value: number | undefined) => `${value?.toLocaleString("en-US")} USD`;
for (const figure of getFigureHistory("us-non-refundable-aid-total")) {
  console.log(`${figure.asOfRelation === "before" ? "before" : "after"} the new package (${figure.asOf}): ${usd(figure.value)}`);
}
console.log(`the new package: ${usd(getFigure("bien-hoa-new-aid-package")?.value)}`);
for (const note of findNotesAbout("figure:2025-11-02-us-non-refundable-aid-total")) console.log(`note: ${note.body}`);

// Question 5: the UN missions with Vietnamese personnel, and the personnel figures.
import { findDeploymentsFrom, findFiguresAbout } from "vietnam-us-relations";

for (const { mission, deployment } of findDeploymentsFrom("place:vietnam")) {
  if (mission.kind !== "un-peacekeeping-mission") continue; // personnel at the UN headquarters is not a mission
  console.log(`${mission.acronym}: ${mission.name}${deployment.units.length > 0 ? ` (${deployment.units.join(", ")})` : ""}`);
}
for (const figure of findFiguresAbout("program:vietnam-un-peacekeeping")) {
  console.log(`${figure.metric}: ${figure.qualifier === "exact" ? "" : `${figure.qualifier} `}${figure.value} ${figure.unit} (${figure.asOf})`);
}

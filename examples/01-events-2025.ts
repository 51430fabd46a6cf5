// Question 1: the 2025 events, with their places and the names of their participants.
import { findEventsByYear, resolveEvent } from "vietnam-us-relations";

for (const event of findEventsByYear(2025)) {
  const { place, participants } = resolveEvent(event);
  const when = event.dateMeaning === "not-after" ? `by ${event.date}` : event.date; // undated, reported by then
  console.log(`${when}  ${event.title}`);
  console.log(`  where: ${place?.name ?? "not stated"}`);
  console.log(`  who:   ${participants.map(({ entity, role }) => `${entity.name} (${role})`).join(", ")}`);
}

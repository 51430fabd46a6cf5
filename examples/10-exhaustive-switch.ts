// Question 10: rendering events with an exhaustive `switch` on their type. When a release adds an event type,
// the `never` line stops compiling until the new type is handled.
import { findEventsBetween, type Event } from "vietnam-us-relations";

function render(event: Event): string {
  switch (event.type) {
    case "visit":
    case "talks":
    case "meeting":
      return `🤝 ${event.title}`;
    case "ceremony":
    case "anniversary":
    case "award":
      return `🎖 ${event.title}`;
    case "handover":
      return `📦 ${event.title}`;
    case "statement":
      return `💬 ${event.title}`;
    case "agreement":
    case "founding":
      return `✍ ${event.title}`;
    case "deployment":
      return `🪖 ${event.title}`;
    case "death":
      return `✝ ${event.title}`;
    default: {
      const unhandled: never = event.type;
      throw new Error(`unhandled event type ${String(unhandled)}`);
    }
  }
}

for (const event of findEventsBetween("2024", "2025")) {
  console.log(`${event.dateMeaning === "not-after" ? "by " : ""}${event.date}  ${render(event)}`);
}

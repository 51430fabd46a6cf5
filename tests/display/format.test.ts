import { describe, expect, it } from "vitest";
import { formatFigure, formatPartialDate } from "../../src/index.js";
import type { Figure } from "../../src/index.js";

const figure = (value: number, unit: string, qualifier = "exact") => ({ value, unit, qualifier }) as unknown as Figure;

describe("formatFigure", () => {
  it("says the value with its qualifier and unit", () => {
    expect(formatFigure(figure(750, "servicemen", "nearly"))).toBe("nearly 750 servicemen");
    expect(formatFigure(figure(50, "years", "more-than"))).toBe("more than 50 years");
    expect(formatFigure(figure(45, "rank"))).toBe("rank 45");
  });
  it("puts millions in words only when no digit is lost, and never abbreviates", () => {
    expect(formatFigure(figure(430_000_000, "USD"))).toBe("430 million USD");
    expect(formatFigure(figure(1_500_000, "USD"))).toBe("1.5 million USD");
    expect(formatFigure(figure(1_234_567, "USD"))).toBe("1,234,567 USD");
    expect(formatFigure(figure(1973, "cases"))).toBe("1,973 cases");
  });
  it("makes the unit singular for one", () => {
    expect(formatFigure(figure(1, "years", "nearly"))).toBe("nearly 1 year");
    expect(formatFigure(figure(1, "servicemen"))).toBe("1 serviceman");
    expect(formatFigure(figure(1, "sets of information"))).toBe("1 set of information");
    expect(formatFigure(figure(1, "boxes"))).toBe("1 box");
    expect(formatFigure(figure(1, "countries"))).toBe("1 country");
  });
  it("refuses what is not a figure", () => {
    expect(() => formatFigure(null as never)).toThrow(/formatFigure: parameter "figure"/);
    expect(() => formatFigure(figure(Number.NaN, "cases"))).toThrow(RangeError);
    expect(() => formatFigure(figure(1, "cases", "about"))).toThrow(RangeError);
    expect(() => formatFigure({ value: "1", unit: "cases" } as never)).toThrow(TypeError);
  });
});

describe("formatPartialDate", () => {
  it("writes a date to its own precision", () => {
    expect(formatPartialDate("2025-11-02")).toBe("2 November 2025");
    expect(formatPartialDate("2023-09")).toBe("September 2023");
    expect(formatPartialDate("2023")).toBe("2023");
    expect(formatPartialDate("0004-02-29")).toBe("29 February 4");
  });
  it("says what the date means, how sure it is and the part of the day", () => {
    expect(formatPartialDate("2024-07-27", { dateMeaning: "not-after" })).toBe("by 27 July 2024");
    expect(formatPartialDate("2023", { dateMeaning: "includes" })).toBe("a period including 2023");
    expect(formatPartialDate("2023", { dateCertainty: "inferred" })).toBe("2023, inferred");
    expect(formatPartialDate("2024-07-27", { partOfDay: "evening", dateMeaning: "on", dateCertainty: "stated" })).toBe("the evening of 27 July 2024");
  });
  it("takes a whole record as its options, reading only the three fields", () => {
    const death = { date: "2024-07-27", dateMeaning: "not-after", dateCertainty: "inferred", dateNote: "…" } as const;
    expect(formatPartialDate(death.date, death)).toBe("by 27 July 2024, inferred");
  });
  it("refuses bad dates and values", () => {
    expect(() => formatPartialDate(2025 as never)).toThrow(TypeError);
    expect(() => formatPartialDate("2025-13")).toThrow(/formatPartialDate: parameter "date"/);
    expect(() => formatPartialDate("2025", { dateMeaning: "before" } as never)).toThrow(/parameter "options.dateMeaning"/);
    expect(() => formatPartialDate("2025", "on" as never)).toThrow(TypeError);
  });
});

describe("enum lists", () => {
  it("give every value of each enum with a label and a one-line meaning, frozen", async () => {
    const main = await import("../../src/index.js");
    const { eventTypeSchema, participantRoleSchema, organizationKindSchema } = await import("../../src/schema/index.js");
    expect(main.EVENT_TYPES.map((entry) => entry.value)).toEqual(eventTypeSchema.options);
    expect(main.PARTICIPANT_ROLES.map((entry) => entry.value)).toEqual(participantRoleSchema.options);
    expect(main.PARTICIPANT_ROLES.find((entry) => entry.value === "delegation-head")?.label).toBe("Delegation head");
    expect(main.ORGANIZATION_KINDS.find((entry) => entry.value === "un-peacekeeping-mission")?.label).toBe("UN peacekeeping mission");
    for (const list of [main.EVENT_TYPES, main.PARTS_OF_DAY, main.DATE_CERTAINTIES, main.SOURCE_KINDS]) {
      expect(Object.isFrozen(list)).toBe(true);
      for (const entry of list) {
        expect(Object.isFrozen(entry)).toBe(true);
        expect(entry.description).toMatch(/^\S.{5,}\.$/);
      }
    }
  });
});

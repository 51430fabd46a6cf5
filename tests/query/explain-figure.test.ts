import { describe, expect, it } from "vitest";
import { createQueryApi, dataset, explainFigure, formatCitation, getFigure } from "../../src/index.js";

const SOURCE = "source:vns-chinh-receives-blinken"; // published 27 July 2024 (stated), by VNS
const OTHER_SOURCE = "source:vna-giang-hegseth-talks"; // no printed date; latest date in its text 2 November 2025

const figure = (id: string, metric: string, value: number, asOf: string, extra: object = {}) => ({
  id,
  metric,
  value,
  unit: "cases",
  qualifier: "exact",
  asOf,
  asOfRelation: "on",
  dateCertainty: "stated",
  citations: [{ documentId: SOURCE, quote: `quote of ${id}` }],
  ...extra,
});
const metric = (id: string, relatedMetrics?: object[]) => ({
  id,
  label: `Label of ${id}`,
  definition: `Definition of ${id}.`,
  unit: "cases",
  kind: "count",
  topic: "mia-search",
  ...(relatedMetrics ? { relatedMetrics } : {}),
});
const note = (id: string, kind: string, recordIds: string[]) => ({
  id,
  kind,
  title: `Title of ${id}`,
  body: `Body of ${id}, long enough.`,
  recordIds,
  citations: [{ documentId: SOURCE, quote: "q" }],
});

const api = createQueryApi({
  ...dataset,
  metrics: [...dataset.metrics, metric("test-cases", [{ metric: "test-others", noteId: "note:test-measures" }]), metric("test-others")],
  figures: [
    ...dataset.figures,
    figure("figure:2030-01-01-test-cases", "test-cases", 10, "2030-01-01"),
    figure("figure:2030-06-01-test-cases", "test-cases", 12, "2030-06-01", {
      qualifier: "nearly",
      upperBound: 12,
      citations: [{ documentId: OTHER_SOURCE, quote: "nearly 12" }],
    }),
    figure("figure:2030-03-01-test-others", "test-others", 99, "2030-03-01"),
  ],
  notes: [
    ...dataset.notes,
    note("note:test-disagree", "disagreement", ["figure:2030-01-01-test-cases", "figure:2030-06-01-test-cases"]),
    note("note:test-measures", "different-measures", ["figure:2030-06-01-test-cases", "figure:2030-03-01-test-others"]),
    note("note:test-dated", "inference", ["figure:2030-06-01-test-cases"]),
  ],
} as never);

describe("explainFigure", () => {
  it("gives the figure in force with its sources, history, related figures and notes, inference notes apart", () => {
    const explanation = api.explainFigure("test-cases" as never)!;
    expect(explanation.figure.id).toBe("figure:2030-06-01-test-cases");
    expect(explanation.metric.id).toBe("test-cases");
    expect(explanation.text).toContain("Label of test-cases: nearly 12 cases as of 1 June 2030");
    expect(explanation.sources.map(({ source, label, citation }) => [source.id, label, citation.quote])).toEqual([
      [OTHER_SOURCE, "VNA, undated, on or after 2 November 2025", "nearly 12"],
    ]);
    expect(explanation.history.map((entry) => entry.id)).toEqual(["figure:2030-01-01-test-cases", "figure:2030-06-01-test-cases"]);
    expect(explanation.otherFigures.map(({ figure, text }) => [figure.id, text])).toEqual([["figure:2030-01-01-test-cases", "10 cases"]]);
    expect(explanation.related.map(({ metric, figure, note }) => [metric.id, figure?.text, note?.id])).toEqual([["test-others", "99 cases", "note:test-measures"]]);
    expect(explanation.notes.map((entry) => entry.id)).toEqual(["note:test-disagree", "note:test-measures"]);
    expect(explanation.inferences.map((entry) => entry.id)).toEqual(["note:test-dated"]);
  });
  it("states both counts, their sources and the notes that say why they differ, in its text", () => {
    const { text } = api.explainFigure("test-cases" as never)!;
    expect(text).toBe(
      "Label of test-cases: nearly 12 cases as of 1 June 2030, according to VNA, undated, on or after 2 November 2025: “nearly 12”. " +
        "The documents also report 10 cases as of 1 January 2030, according to VNS, 27 July 2024: “quote of figure:2030-01-01-test-cases”. " +
        "Why the counts disagree (note:test-disagree): Title of note:test-disagree. " +
        "How the counts differ (note:test-measures): Title of note:test-measures. " +
        "Related counts of other things: 99 cases (Label of test-others) as of 1 March 2030, according to VNS, 27 July 2024: “quote of figure:2030-03-01-test-others”.",
    );
  });
  it("follows the as-of rule for the figure, its history and the related figures", () => {
    const early = api.explainFigure("test-cases" as never, { asOf: "2030-02" })!;
    expect(early.figure.id).toBe("figure:2030-01-01-test-cases");
    expect(early.history.map((entry) => entry.id)).toEqual(["figure:2030-01-01-test-cases"]);
    expect(early.related.map(({ figure }) => figure)).toEqual([undefined]);
    expect(early.notes.map((entry) => entry.id)).toEqual(["note:test-disagree", "note:test-measures"]);
    expect(api.explainFigure("test-cases" as never, { asOf: "2030" })?.figure.id).toBe("figure:2030-06-01-test-cases");
    expect(api.explainFigure("test-cases" as never, { asOf: "2029-12-31" })).toBeUndefined();
  });
  it("is deeply frozen", () => {
    const explanation = api.explainFigure("test-cases" as never)!;
    expect(Object.isFrozen(explanation)).toBe(true);
    expect(Object.isFrozen(explanation.related[0])).toBe(true);
    expect(Object.isFrozen(explanation.sources[0])).toBe(true);
    expect(Object.isFrozen(explanation.otherFigures)).toBe(true);
  });
  it("on the shipped data states the 740 and the \"nearly 750\" with their sources", () => {
    const { text, figure } = explainFigure("us-servicemen-identified")!;
    expect(figure).toBe(getFigure("us-servicemen-identified"));
    expect(text).toContain("740");
    expect(text).toContain("nearly 750");
    expect(text).toContain("“identify and repatriate the remains of nearly 750 US servicemen”");
    expect(text).toContain(formatCitation({ documentId: "source:vna-giang-hegseth-talks", quote: "x" }));
  });
  it("refuses bad arguments like getFigure", () => {
    expect(() => explainFigure(42 as never)).toThrow(TypeError);
    expect(() => explainFigure("no-such-metric" as never)).toThrow(/explainFigure: parameter "metric"/);
    expect(() => explainFigure("us-servicemen-identified", { asOf: "2025-13" })).toThrow(RangeError);
    expect(() => explainFigure("us-servicemen-identified", { when: "2025" } as never)).toThrow(/only key is "asOf"/);
  });
});

describe("formatCitation", () => {
  it("labels a citation by its source's publishers and date", () => {
    expect(formatCitation({ documentId: SOURCE, quote: "q" })).toBe("VNS, 27 July 2024");
    expect(formatCitation({ documentId: "source:wvr-vnosmp-50th-anniversary", quote: "q" })).toBe("WVR/VNA, 2023, inferred");
    expect(formatCitation({ documentId: OTHER_SOURCE, quote: "q" })).toBe("VNA, undated, on or after 2 November 2025");
  });
  it("names a source without publishers by its title, cut short", () => {
    const label = formatCitation({ documentId: "source:mofa-rejects-mia-report", quote: "q" });
    expect(label).toMatch(/^“Vietnam Rejects .*…”, undated, on or after 2 August 2025$/);
  });
  it("refuses what is not a citation of a source in the data", () => {
    expect(() => formatCitation("source:x" as never)).toThrow(TypeError);
    expect(() => formatCitation({ documentId: 1 } as never)).toThrow(/formatCitation: parameter "citation"/);
    expect(() => formatCitation({ documentId: "source:nowhere", quote: "q" })).toThrow(RangeError);
  });
});

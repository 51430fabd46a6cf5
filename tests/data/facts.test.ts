import { describe, expect, it } from "vitest";
import type { MetricId } from "../../src/generated/ids.js";
import type { Figure } from "../../src/schema/index.js";
import { authoredDataset } from "../helpers/authored.js";

const dataset = authoredDataset();
const figure = (id: string): Figure => {
  const found = dataset.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};
const valueOf = (id: string) => figure(id).value;
const record = (id: string) =>
  [...dataset.people, ...dataset.organizations, ...dataset.places, ...dataset.programs, ...dataset.events, ...dataset.figures, ...dataset.notes, ...dataset.deployments, ...dataset.sources].find(
    (r) => r.id === id,
  );

describe("figures the documents state", () => {
  it.each([
    ["figure:2023-06-08-repatriation-missions", 160, "missions"],
    ["figure:2023-06-08-servicemen-remains-handed-over", 734, "servicemen"],
    ["figure:2023-06-08-us-missing-cases", 1973, "cases"],
    ["figure:2023-06-08-us-missing-cases-unresolved", 1239, "cases"],
    ["figure:2001-04-07-mia-duty-deaths", 16, "people"],
    ["figure:2025-07-25-remains-handover-ceremonies", 170, "ceremonies"],
    ["figure:2025-07-25-remains-boxes-handed-over", 3, "boxes"],
    ["figure:2025-08-02-us-servicemen-identified", 750, "servicemen"],
    ["figure:2025-11-02-mia-joint-activities", 160, "activities"],
    ["figure:2025-11-02-remains-returned", 994, "bones"],
    ["figure:2025-11-02-us-identified-cases", 740, "cases"],
    ["figure:2025-11-02-us-information-sets-received", 45, "sets of information"],
    ["figure:2025-11-02-us-information-sets-verified", 44, "sets of information"],
    ["figure:2025-11-02-bien-hoa-new-aid-package", 130_000_000, "USD"],
    ["figure:2025-11-02-us-non-refundable-aid-total-before", 300_000_000, "USD"],
    ["figure:2025-11-02-us-non-refundable-aid-total", 430_000_000, "USD"],
    ["figure:2023-peacekeepers-sent", 800, "personnel"],
    ["figure:2023-peacekeepers-deployed", 274, "personnel"],
    ["figure:2023-women-peacekeepers-deployed", 36, "personnel"],
    ["figure:2023-peacekeeping-contributor-rank", 45, "rank"],
    ["figure:2023-peacekeeping-contributor-countries", 120, "countries"],
  ])("%s is %d %s", (id, value, unit) => {
    expect(figure(id).value).toBe(value);
    expect(figure(id).unit).toBe(unit);
  });

  it("keeps approximate values approximate, with their bounds", () => {
    expect(figure("figure:2025-08-02-us-servicemen-identified")).toMatchObject({ qualifier: "nearly", upperBound: 750 });
    expect(figure("figure:2023-peacekeepers-sent")).toMatchObject({ qualifier: "nearly", upperBound: 800 });
    expect(figure("figure:2025-08-02-mia-cooperation-years")).toMatchObject({ qualifier: "more-than", lowerBound: 50 });
  });

  it("dates the old aid total as held before the new package", () => {
    expect(figure("figure:2025-11-02-us-non-refundable-aid-total-before").asOfRelation).toBe("before");
    expect(figure("figure:2025-11-02-us-non-refundable-aid-total").asOfRelation).toBe("on");
  });
});

describe("arithmetic the documents imply", () => {
  it("cases: 1,973 in all, 1,239 still to search, so 734 resolved — the 734 servicemen handed over", () => {
    expect(valueOf("figure:2023-06-08-us-missing-cases") - valueOf("figure:2023-06-08-us-missing-cases-unresolved")).toBe(
      valueOf("figure:2023-06-08-servicemen-remains-handed-over"),
    );
  });
  it("aid: 300 million before plus the new 130 million package is the 430 million total", () => {
    expect(valueOf("figure:2025-11-02-us-non-refundable-aid-total-before") + valueOf("figure:2025-11-02-bien-hoa-new-aid-package")).toBe(
      valueOf("figure:2025-11-02-us-non-refundable-aid-total"),
    );
  });
  it("verified sets of information do not exceed those received", () => {
    expect(valueOf("figure:2025-11-02-us-information-sets-verified")).toBeLessThanOrEqual(valueOf("figure:2025-11-02-us-information-sets-received"));
  });
  it("women deployed are part of the personnel deployed, and both are below the total ever sent", () => {
    expect(valueOf("figure:2023-women-peacekeepers-deployed")).toBeLessThan(valueOf("figure:2023-peacekeepers-deployed"));
    expect(valueOf("figure:2023-peacekeepers-deployed")).toBeLessThan(valueOf("figure:2023-peacekeepers-sent"));
  });
  it("the rank is within the field of countries it is out of", () => {
    expect(valueOf("figure:2023-peacekeeping-contributor-rank")).toBeLessThanOrEqual(valueOf("figure:2023-peacekeeping-contributor-countries"));
  });
  it("anniversary ordinals match the founding dates they imply", () => {
    const year = (id: string) => Number((record(id) as { date: string }).date.slice(0, 4));
    expect(year("event:2025-07-12-diplomatic-relations-30th-anniversary") - year("event:1995-07-12-diplomatic-relations-established")).toBe(
      valueOf("figure:2025-07-12-diplomatic-relations-years"),
    );
    expect(year("event:2023-06-08-vnosmp-anniversary-ceremony") - year("event:1973-vnosmp-founded")).toBe(valueOf("figure:2023-06-08-vnosmp-years"));
    expect(year("event:2023-06-08-vnosmp-anniversary-ceremony") - year("event:1988-joint-mia-search-operation-begins")).toBe(
      valueOf("figure:2023-06-08-joint-mia-search-operation-years"),
    );
    expect(year("event:2023-05-29-un-peacekeeping-75th-anniversary") - year("event:1948-05-29-un-peacekeeping-begins")).toBe(
      valueOf("figure:2023-05-29-un-peacekeeping-years"),
    );
    expect(year("event:2025-09-comprehensive-strategic-partnership-2nd-anniversary") - year("event:2023-09-comprehensive-strategic-partnership-established")).toBe(
      valueOf("figure:2025-09-comprehensive-strategic-partnership-years"),
    );
  });
});

describe("known disagreements and look-alike measures each have a note", () => {
  const noteKindsCovering = (...ids: string[]) =>
    dataset.notes.filter((note) => ids.every((id) => note.recordIds.includes(id as never))).map((note) => note.kind);
  it.each([
    ["identified: nearly 750 servicemen vs 740 cases", ["figure:2025-08-02-us-servicemen-identified", "figure:2025-11-02-us-identified-cases"], "disagreement"],
    ["160 missions vs 160 activities vs 170th ceremony", ["figure:2023-06-08-repatriation-missions", "figure:2025-11-02-mia-joint-activities", "figure:2025-07-25-remains-handover-ceremonies"], "different-measures"],
    ["734 servicemen vs 994 bones", ["figure:2023-06-08-servicemen-remains-handed-over", "figure:2025-11-02-remains-returned"], "different-measures"],
    ["734 servicemen vs 1,973 and 1,239 cases", ["figure:2023-06-08-servicemen-remains-handed-over", "figure:2023-06-08-us-missing-cases", "figure:2023-06-08-us-missing-cases-unresolved"], "different-measures"],
    ["cooperation since 1973 vs joint operation's 35 years", ["figure:2025-08-02-mia-cooperation-years", "figure:2023-06-08-joint-mia-search-operation-years"], "different-measures"],
    ["nearly 800 sent vs 274 deployed", ["figure:2023-peacekeepers-sent", "figure:2023-peacekeepers-deployed"], "different-measures"],
    ["scope of the 430 million total", ["figure:2025-11-02-us-non-refundable-aid-total"], "scope"],
  ])("%s", (_, ids, kind) => {
    expect(noteKindsCovering(...ids)).toContain(kind);
  });

  it("every inferred year that rests on the undated documents points to its inference note", () => {
    const inferenceNotes = dataset.notes.filter((note) => note.kind === "inference").map((note) => note.id);
    expect(inferenceNotes).toEqual(expect.arrayContaining(["note:vnosmp-ceremony-year-2023", "note:peacekeeping-report-year-2023"]));
  });
});

describe("people, posts, places and events a reader will look for", () => {
  it("spells names as the documents do, diacritics kept, with plain-ASCII aliases", () => {
    expect(record("person:pham-minh-chinh")).toMatchObject({ name: "Phạm Minh Chính", aliases: expect.arrayContaining(["Pham Minh Chinh"]) });
    expect(record("person:nguyen-phu-trong")).toMatchObject({ name: "Nguyễn Phú Trọng", aliases: expect.arrayContaining(["Nguyen Phu Trong"]) });
    expect(record("person:marc-e-knapper")).toMatchObject({ name: "Marc E. Knapper", aliases: ["Marc. E Knapper"] });
    expect(record("place:hanoi")).toMatchObject({ aliases: expect.arrayContaining(["Hà Nội"]) });
  });

  it("records every post Phan Van Giang holds in November 2025", () => {
    const giang = dataset.people.find((person) => person.id === "person:phan-van-giang");
    expect(giang?.posts.map((post) => post.title)).toEqual([
      "General",
      "Politburo member",
      "Deputy Secretary of the Central Military Commission",
      "Minister of National Defense",
    ]);
  });

  it("dates, places and peoples the talks of 2 November 2025", () => {
    expect(record("event:2025-11-02-giang-hegseth-talks")).toMatchObject({
      type: "talks",
      date: "2025-11-02",
      partOfDay: "afternoon",
      dateCertainty: "stated",
      placeId: "place:vietnam-mnd-headquarters",
    });
  });

  it("marks the 170th handover's year as inferred and says how", () => {
    expect(record("event:2025-07-25-170th-remains-handover")).toMatchObject({
      date: "2025-07-25",
      dateCertainty: "inferred",
      placeId: "place:da-nang",
      dateNote: expect.stringContaining("2 August 2025"),
    });
  });

  it("records Vietnam's deployments to three UN peacekeeping missions and the UN headquarters", () => {
    expect(dataset.deployments.map((d) => d.missionId).sort()).toEqual(["org:minusca", "org:un-headquarters", "org:unisfa", "org:unmiss"]);
  });
});

describe("corrections from the independent reading (issue 10)", () => {
  const event = (id: string) => dataset.events.find((e) => e.id === id);
  const person = (id: string) => dataset.people.find((p) => p.id === id);
  const note = (id: string) => dataset.notes.find((n) => n.id === id);
  const source = (id: string) => dataset.sources.find((s) => s.id === id);

  it("reads \"In December\" against the peacekeeping report's own year: December 2023, the 2022 record a tombstone", () => {
    expect(event("event:2023-12-un-police-adviser-praises-vietnam")).toMatchObject({ date: "2023-12", dateCertainty: "inferred" });
    expect(event("event:2022-12-un-police-adviser-praises-vietnam")?.deprecated).toMatchObject({
      since: "1.0.0",
      supersededBy: "event:2023-12-un-police-adviser-praises-vietnam",
    });
    expect(person("person:faisal-shahkar")?.posts[0]?.asOf).toBe("2023-12");
    expect(source("source:vna-un-peacekeeping-contribution")?.latestDateInText).toBe("2023");
  });

  it("says the peacekeeping report is 2023 or later by evidence and 2023 by assumption", () => {
    expect(source("source:vna-un-peacekeeping-contribution")?.dateNote).toMatch(/"2023 or later".*assumption/);
    expect(note("note:peacekeeping-report-year-2023")?.body).toMatch(/2023 or later.*Assumption: the report was written in 2023/);
  });

  it("does not derive the VNOSMP ceremony year from the founding year it dates", () => {
    const vnosmp = note("note:vnosmp-ceremony-year-2023")!;
    expect(vnosmp.citations.map((c) => c.quote)).not.toContain("since the signing of the Paris Peace Accords in 1973");
    expect(vnosmp.citations.map((c) => c.quote)).toEqual([
      "the Vietnam-US comprehensive partnership",
      "(9.2023 - 9.2025)",
      "Vietnam mission marks 75th anniversary of UN Peacekeeping",
      "(May 29, 1948-2023)",
    ]);
    expect(vnosmp.body.match(/Assumption:/g)).toHaveLength(4);
    expect(vnosmp.body).toContain("Assumption: related items are not newer than the page.");
    expect(vnosmp.body).not.toContain("from around its own time. So the page is from 2023 or later");
    expect(vnosmp.body).toContain("is not used to reach it");
  });

  it("records Nguyễn Phú Trọng's death by 27 July 2024, the visit to pay respects, and his title as posthumous", () => {
    const trong = person("person:nguyen-phu-trong")!;
    expect(trong.death).toMatchObject({
      date: "2024-07-27",
      dateMeaning: "not-after",
      dateCertainty: "inferred",
      eventId: "event:by-2024-07-27-nguyen-phu-trong-dies",
    });
    expect(trong.posts.map((post) => [post.title, post.posthumous])).toEqual([["General Secretary", true]]);
    expect(event("event:by-2024-07-27-nguyen-phu-trong-dies")?.participants).toEqual([{ entityId: "person:nguyen-phu-trong", role: "deceased" }]);
    expect(event("event:2024-07-27-chinh-receives-blinken")?.partOfId).toBe("event:2024-07-27-us-delegation-pays-respects-to-nguyen-phu-trong");
  });

  it("records Do Anh's death in 2022 and gives his rank as posthumous", () => {
    expect(person("person:do-anh")?.death).toMatchObject({ date: "2022", eventId: "event:2022-do-anh-dies-on-un-duty" });
    expect(person("person:do-anh")?.posts[0]).toMatchObject({ title: "Lieutenant Colonel", posthumous: true, asOf: "2023" });
  });

  it("names no parties for the Paris Peace Accords, whose parties the document does not name", () => {
    expect(event("event:1973-paris-peace-accords-signed")?.participants).toEqual([]);
  });

  it("attributes \"top priority\" to Hegseth alone and \"bright spot\" to both sides", () => {
    const summary = event("event:2025-11-02-giang-hegseth-talks")!.summary;
    expect(summary).toContain("call cooperation in overcoming the consequences of war a bright spot");
    expect(summary).toContain("Hegseth thanks Vietnam for its welcome, calls war-legacy cooperation a top priority");
    expect(summary).not.toMatch(/both call .*top priority/);
  });

  it("no longer says the sets of information were received under the 2021 memorandum", () => {
    const metric = dataset.metrics.find((m) => m.id === "us-information-sets-received")!;
    expect(metric.definition).not.toContain("under the July 2021 memorandum");
    expect(metric.definition).toContain("does not say when or under what the sets were received");
  });

  it("ties counts of the same kind from different documents both ways, each with its note", () => {
    const byId = new Map(dataset.metrics.map((m) => [m.id, m]));
    const families: MetricId[][] = [
      ["repatriation-missions", "mia-joint-activities", "remains-handover-ceremonies"],
      ["servicemen-remains-handed-over", "remains-returned", "us-servicemen-identified", "us-identified-cases", "us-missing-cases", "us-missing-cases-unresolved"],
      ["mia-cooperation-years", "joint-mia-search-operation-years", "vnosmp-years"],
    ];
    for (const family of families) {
      for (const id of family) {
        const related = byId.get(id)!.relatedMetrics!.map((r) => r.metric);
        expect(related.sort(), id).toEqual(family.filter((other) => other !== id).sort());
      }
    }
    expect(byId.get("repatriation-missions")!.relatedMetrics![0]!.noteId).toBe("note:missions-activities-ceremonies");
  });

  it("says 160 missions (2023) and the 170th ceremony (2025) fit one series, and that at most two counts can be one", () => {
    const body = note("note:missions-activities-ceremonies")!.body;
    expect(body).toContain("160 missions in 2023 and 170 ceremonies in 2025 fit one rising series");
    expect(body).toContain("at most two of the three can be one series");
    expect(body).not.toContain("shows that handovers are not the same unit");
  });

  it("records Blinken's \"nearly a year\" of the partnership, before its 2 years", () => {
    expect(figure("figure:2024-07-27-comprehensive-strategic-partnership-years")).toMatchObject({
      value: 1,
      qualifier: "nearly",
      upperBound: 1,
      asOf: "2024-07-27",
      citations: [{ documentId: "source:vns-chinh-receives-blinken", quote: "nearly a year of implementing the Comprehensive Strategic Partnership" }],
    });
  });

  it("records undated statements and acts as happening no later than the document that reports them", () => {
    expect(event("event:by-2023-lacroix-hails-vietnam")).toMatchObject({ date: "2023", dateMeaning: "not-after" });
    expect(event("event:by-2023-khare-praises-field-hospitals")).toMatchObject({ date: "2023", dateMeaning: "not-after" });
    expect(event("event:by-2023-un-leaders-send-letters-of-thanks")).toMatchObject({ date: "2023", dateMeaning: "not-after" });
    expect(event("event:by-2025-11-02-us-announces-bien-hoa-package")).toMatchObject({ date: "2025-11-02", dateMeaning: "not-after" });
  });

  it("marks one-day dates of things that lasted longer as a day within them", () => {
    expect(event("event:2025-11-02-hegseth-official-visit")?.dateMeaning).toBe("includes");
    expect(event("event:2024-07-27-us-delegation-pays-respects-to-nguyen-phu-trong")?.dateMeaning).toBe("includes");
  });

  it("places Chính's visits on War Invalids and Martyrs' Day itself, Chính as the visitor", () => {
    const visits = event("event:2024-07-27-chinh-meets-war-veterans")!;
    expect(visits.dateMeaning).toBeUndefined();
    expect(visits.date).toBe("2024-07-27");
    expect(visits.participants).toEqual([{ entityId: "person:pham-minh-chinh", role: "visitor" }]);
  });

  it("says \"by assumption\" wherever a date rests on the assumed year of the peacekeeping report", () => {
    const notes = JSON.stringify(dataset).match(/"dateNote":"(?:[^"\\]|\\.)*"/g) ?? [];
    const resting = notes.filter((dateNote) => dateNote.includes("note:peacekeeping-report-year-2023"));
    expect(resting.length).toBeGreaterThan(15);
    for (const dateNote of resting) expect(dateNote).not.toContain("by inference");
  });

  it("follows the fact-check of the corrections", () => {
    const nearly750 = note("note:identified-servicemen-nearly-750-vs-740")!;
    expect(nearly750.body).not.toContain("nothing was identified in between");
    expect(nearly750.body).toContain("If a case is one serviceman and the foreign ministry page predates 2 November 2025 (two assumptions)");
    expect(nearly750.body).toContain("if the page is later than 2 November 2025, 740 and then nearly 750 is a rising series");
    expect(nearly750.title).toContain("(on or after 2 August 2025)");
    expect(note("note:remains-734-servicemen-vs-994-bones")!.title).toContain("(on or after 2 August 2025)");
    expect(note("note:peacekeeping-report-year-2023")!.body).toContain("The medal alone gives 2022 or later.");
    expect(event("event:2023-blue-beret-honours-event")?.partOfId).toBeUndefined();
    expect(event("event:2023-dag-hammarskjold-medal-for-do-anh")?.partOfId).toBe("event:2023-blue-beret-honours-event");
    for (const id of ["figure:2023-06-08-repatriation-missions", "figure:2023-06-08-us-missing-cases"]) {
      expect(figure(id)?.dateNote).toMatch(/^Stated in the report of the June 8 ceremony, .*does not say they were announced there/);
    }
    expect(event("event:2023-12-un-police-adviser-praises-vietnam")?.dateNote).toContain("December 2022 cannot be ruled out");
    expect(person("person:faisal-shahkar")?.posts[0]?.dateNote).toContain("December 2022 cannot be ruled out");
    expect(event("event:1948-05-29-un-peacekeeping-begins")?.title).toBe("29 May 1948, the start of the 75 years the peacekeeping report counts");
    const metric = (id: string) => dataset.metrics.find((m) => m.id === id)!;
    expect(metric("us-missing-cases").definition).not.toContain("one case is one serviceman");
    expect(metric("us-missing-cases").definition).not.toContain("that the joint search covers");
    expect(metric("us-servicemen-identified").definition).not.toContain("reads one case as one serviceman");
    expect(metric("un-peacekeeping-years").label).toBe("Years counted by the International Day of UN Peacekeepers");
    expect(event("event:2022-do-anh-dies-on-un-duty")?.title).toBe("Do Anh's death on duty under the UN flag, read from his medal");
    expect(person("person:do-anh")?.death?.dateNote).toMatch(/^The text never says in so many words that Do Anh died/);
    expect(event("event:1973-vnosmp-founded")?.programIds).toEqual([]);
    expect(event("event:2023-09-comprehensive-strategic-partnership-established")?.summary).toContain('where "in 2023" may date the declaration or the execution');
    expect(dataset.programs.find((p) => p.id === "program:us-mia-search")?.citations).toContainEqual({
      documentId: "source:vna-giang-hegseth-talks",
      quote: "search for missing US soldiers in the Vietnam War",
    });
    expect(dataset.deployments.find((d) => d.id === "deployment:vietnam-unisfa")?.citations[0]?.quote).toBe(
      "Vietnamese peacekeepers depart for the U.N. Interim Security Force for Abyei (UNISFA)",
    );
  });
});

describe("corrections from the third reading (issue 19)", () => {
  const metric = (id: string) => dataset.metrics.find((m) => m.id === id)!;

  it("records the defence readout's 740 as the cases it counts, the servicemen figure a tombstone", () => {
    expect(figure("figure:2025-11-02-us-identified-cases")).toMatchObject({
      metric: "us-identified-cases",
      value: 740,
      unit: "cases",
      asOf: "2025-11-02",
      citations: [{ documentId: "source:vna-giang-hegseth-talks", quote: "US side announced that it had concluded to identify 740 cases" }],
    });
    expect(figure("figure:2025-11-02-us-servicemen-identified").deprecated).toMatchObject({ supersededBy: "figure:2025-11-02-us-identified-cases" });
    expect(metric("us-identified-cases").definition).toContain("does not say what a case is");
  });

  it("keeps the joint operation's 35 years and the cooperation's over 50 years on two programmes, as the note says", () => {
    const subject = (id: string) => figure(id).subjectId;
    expect(subject("figure:2023-06-08-joint-mia-search-operation-years")).toBe("program:joint-mia-search-operation");
    expect(subject("figure:2025-08-02-mia-cooperation-years")).toBe("program:us-mia-search");
    const programsOf = (id: string) => dataset.events.find((e) => e.id === id)?.programIds;
    expect(programsOf("event:1988-joint-mia-search-operation-begins")).toEqual(["program:joint-mia-search-operation"]);
    expect(programsOf("event:1973-paris-peace-accords-signed")).toEqual(["program:us-mia-search"]);
    expect(dataset.programs.find((p) => p.id === "program:us-mia-search")?.organizationIds).not.toContain("org:vnosmp");
  });

  it("dates \"In December\" on labelled assumptions, since the peacekeeping report's year is not established", () => {
    const dated = dataset.events.find((e) => e.id === "event:2023-12-un-police-adviser-praises-vietnam")!;
    expect(dated.dateNote).toContain("does not apply, because the report's year is not established");
    const tombstone = dataset.events.find((e) => e.id === "event:2022-12-un-police-adviser-praises-vietnam")!;
    expect(tombstone.deprecated?.reason).toContain("on two labelled assumptions");
    expect(dataset.notes.find((n) => n.id === "note:peacekeeping-report-year-2023")?.body).toContain(
      "Assumption: \"In December\" (not \"last December\") is December of the report's own year",
    );
  });

  it("keeps the 2023 report's \"Over the past 35 years\" window on the 160 missions and the 734 servicemen", () => {
    for (const id of ["repatriation-missions", "servicemen-remains-handed-over"] as const) {
      expect(metric(id).definition).toContain('"Over the past 35 years", not from any earlier start');
    }
    const body = dataset.notes.find((n) => n.id === "note:remains-734-servicemen-vs-994-bones")!.body;
    expect(body).toContain("over different windows (35 years to 2023; since 1973 to date)");
    expect(body).not.toContain("the same kind of count as the 734");
  });

  it("records what Chính and Blinken agreed on, and the readout's statements by Blinken and on the region", () => {
    const event = (id: string) => dataset.events.find((e) => e.id === id);
    expect(event("event:2024-07-27-chinh-blinken-agree-on-exchanges-and-cooperation")).toMatchObject({
      date: "2024-07-27",
      partOfId: "event:2024-07-27-chinh-receives-blinken",
      participants: [
        { entityId: "person:pham-minh-chinh", role: "speaker" },
        { entityId: "person:antony-blinken", role: "speaker" },
      ],
      citations: [
        { documentId: "source:vns-chinh-receives-blinken", quote: "Chính and Secretary Blinken agreed on the importance of enhancing high-level exchanges" },
        { documentId: "source:vns-chinh-receives-blinken", quote: "the 30th anniversary of diplomatic relations in 2025" },
      ],
    });
    expect(event("event:2024-07-27-blinken-affirms-partnership-commitment")?.participants[0]).toEqual({ entityId: "person:antony-blinken", role: "speaker" });
    expect(event("event:2024-07-27-chinh-welcomes-us-regional-engagement")?.participants.map((p) => p.entityId)).toEqual(
      expect.arrayContaining(["org:asean", "place:asia-pacific", "place:indian-ocean", "place:east-sea"]),
    );
  });

  it("cites clauses that carry who spoke and what was said", () => {
    const quotes = (id: string) => dataset.events.find((e) => e.id === id)!.citations.map((c) => c.quote);
    expect(quotes("event:2023-03-haysom-giang-conversation")).toEqual([
      "In March this year, during a conversation with Ambassador Dang Hoang Giang",
      "Nicholas Haysom appreciated",
      "the level-2 field hospital and peacekeepers of Vietnam at the UNMISS",
    ]);
    expect(quotes("event:2023-06-08-ha-kim-ngoc-speech")).toContain("Ha Kim Ngoc said over the past five decades");
    expect(quotes("event:2023-06-08-marc-knapper-speech")).toContain("the US Ambassador stressed");
    expect(quotes("event:2023-blue-beret-honours-event")).toContain("U.N. Secretary General Antonio Guterres");
  });

  it("gives roles, titles and events no more than the records support", () => {
    const event = (id: string) => dataset.events.find((e) => e.id === id)!;
    expect(event("event:2023-blue-beret-honours-event").participants).toContainEqual({ entityId: "person:dang-hoang-giang", role: "received-on-behalf" });
    expect(event("event:2023-05-29-un-peacekeeping-75th-anniversary").title).toBe("75th anniversary of the International Day of United Nations Peacekeepers");
    expect(event("event:2023-dag-hammarskjold-medal-for-do-anh").title).not.toContain("posthumously");
    expect(event("event:by-2024-07-27-nguyen-phu-trong-dies").title).not.toContain("reported");
    expect(figure("figure:2024-07-27-comprehensive-strategic-partnership-years").eventId).toBe("event:2024-07-27-blinken-affirms-partnership-commitment");
  });

  it("names in the year notes the records whose dates rest on them", () => {
    const recordIds = (id: string) => dataset.notes.find((n) => n.id === id)!.recordIds;
    expect(recordIds("note:peacekeeping-report-year-2023")).toEqual(
      expect.arrayContaining(["figure:2023-women-peacekeepers-deployed", "deployment:vietnam-unisfa", "post:faisal-shahkar-un-police-adviser"]),
    );
    expect(recordIds("note:vnosmp-ceremony-year-2023")).toEqual(
      expect.arrayContaining(["figure:2023-06-08-repatriation-missions", "event:2023-06-08-marc-knapper-speech", "post:ha-kim-ngoc-deputy-minister-of-foreign-affairs"]),
    );
  });
});

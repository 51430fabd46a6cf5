import type { DatasetAddition, Source } from "../../src/index.js";

/** A fictional newsroom's article, for tests of records users add: the text its quotes are checked against. */
export const NEWSROOM_FILE = "newsroom/2026-01-20.txt";
export const NEWSROOM_TEXT = "Example Newsroom, 20 January 2026\nOn 19 January 2026 Example Newsroom hosted a readers' forum in Hanoi, where 12 veterans spoke.\n";
/** SHA-256 of NEWSROOM_TEXT's UTF-8 bytes (computed with `sha256sum`). */
export const NEWSROOM_SHA256 = "432207e8463ac0ebbdad0958568d5a79db428f83061288661cc78196202b0faa";

export const NEWSROOM_SOURCE: Source = {
  id: "source:example-newsroom-forum",
  file: NEWSROOM_FILE,
  title: "Veterans meet readers in Hanoi",
  titleIsDescriptive: false,
  publisherIds: [],
  published: "2026-01-20",
  dateCertainty: "stated",
  latestDateInText: "2026-01-19",
  language: "en",
  kind: "news-report",
  summary: "A fictional report of a readers' forum, for the tests.",
};

/** The newsroom's records: its source, an event citing it, and a figure on a metric of its own. */
export const NEWSROOM_RECORDS = {
  sources: [NEWSROOM_SOURCE],
  events: [
    {
      id: "event:2026-01-19-example-newsroom-forum",
      type: "meeting",
      title: "Readers' forum",
      summary: "A readers' forum in Hanoi where veterans spoke.",
      date: "2026-01-19",
      dateCertainty: "stated",
      placeId: "place:hanoi",
      participants: [],
      programIds: [],
      citations: [{ documentId: NEWSROOM_SOURCE.id, quote: "Example Newsroom hosted a readers' forum in Hanoi" }],
    },
  ],
  metrics: [
    {
      id: "example-forum-veteran-speakers",
      label: "Veterans speaking at the forum",
      definition: "Veterans who spoke at the readers' forum, as the newsroom's report counts them.",
      unit: "veterans",
      kind: "count",
      topic: "mia-search",
    },
  ],
  figures: [
    {
      id: "figure:2026-01-19-example-forum-veteran-speakers",
      metric: "example-forum-veteran-speakers",
      value: 12,
      unit: "veterans",
      qualifier: "exact",
      asOf: "2026-01-19",
      asOfRelation: "on",
      dateCertainty: "stated",
      citations: [{ documentId: NEWSROOM_SOURCE.id, quote: "where 12 veterans spoke" }],
    },
  ],
} as const satisfies DatasetAddition;

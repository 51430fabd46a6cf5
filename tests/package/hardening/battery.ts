/**
 * Questions whose answers must not change when `Object.prototype` is polluted, before or after the package's
 * first use. JavaScript source, so that a child process (pollution before first use) runs exactly the same
 * code as this process: `new Function("main", BATTERY_SOURCE)(main)`.
 */
export const BATTERY_SOURCE = `
  const ids = (records) => records.map((record) => record.id);
  const ask = (api) => ({
    figure: api.getFigure("us-servicemen-identified", {})?.id ?? null,
    figureAsOf: api.getFigure("us-servicemen-identified", { asOf: "2025-09" })?.value ?? null,
    history: ids(api.getFigureHistory("us-servicemen-identified")),
    byName: ids(api.findByName("vietnam")),
    unmiss: ids(api.findByName("UNMISS")),
    year2025: ids(api.findEventsByYear(2025)),
    year2023: ids(api.findEventsByYear(2023)),
    between: ids(api.findEventsBetween("2023", "2024-07")),
    involving: ids(api.findEventsInvolving("place:da-nang")),
    posts: ids(api.findPostsHeld("person:phan-van-giang", { asOf: "2025-11" })),
    allPosts: ids(api.findPostsHeld("person:phan-van-giang")),
    bySource: Object.fromEntries(Object.entries(api.findRecordsBySource("source:vna-giang-hegseth-talks")).map(([k, v]) => [k, ids(v)])),
    repatriation: api.getMissionCount() ?? null,
    peacekeeping: api.getMissionCount("peacekeeping") ?? null,
    metrics: api.listMetrics().length,
    entity: api.getEntity("person:pete-hegseth")?.name ?? null,
    figuresAbout: ids(api.findFiguresAbout("program:bien-hoa-dioxin-project")),
    figuresAboutPerson: ids(api.findFiguresAbout("person:pete-hegseth")),
    notesAbout: ids(api.findNotesAbout("person:nguyen-phu-trong")),
    postsIn: api.findPostsIn("org:vietnam-ministry-of-national-defence").map(({ post }) => post.id),
    postsInNone: api.findPostsIn("org:unmiss").length,
    viaPosts: ids(api.findEventsInvolving("org:vietnam-ministry-of-national-defence", { viaPosts: true })),
    resolved: (({ place, partOf }) => [place?.id ?? null, partOf?.id ?? null])(api.resolveEvent("event:2025-07-25-170th-remains-handover")),
    trongPosts: ids(api.findPostsHeld("person:nguyen-phu-trong", { asOf: "2024-07" })),
    timeline: api.groupEventsByYear().map(({ year, events }) => [year, events.length]),
  });
  const shipped = ask(main);
  const own = ask(main.createQueryApi({ ...main.dataset, events: [...main.dataset.events] }));
  return { shipped, own };
`;

/** What `Object.prototype` gets polluted with: every optional field a helper reads, and every option name. */
export const POLLUTION: Readonly<Record<string, unknown>> = {
  asOf: "1990",
  deprecated: { since: "0.0.1", reason: "polluted by a test" },
  endDate: "9999-12-31",
  placeId: "place:hanoi",
  acronym: "VN",
  partOfDay: "evening",
  start: "9999",
  end: "0001",
  validate: "not a function",
  supersededBy: "person:pete-hegseth",
  subjectId: "person:pete-hegseth",
  eventId: "event:2025-07-25-170th-remains-handover",
  organizationId: "org:unmiss",
  partOfId: "event:2025-11-02-hegseth-official-visit",
  posthumous: false,
  death: { date: "1900" },
  dateMeaning: "not-after",
  viaPosts: true,
};

export const POLLUTE_SOURCE = `for (const [key, value] of Object.entries(${JSON.stringify(POLLUTION)})) Object.prototype[key] = value;`;

// Question 11: a newsroom adds its own article, an event and a figure on a metric of its own (and one on a shipped
// metric), checks the quotes against its text, validates, merges with the shipped data and queries the whole.
// The newsroom and its article are fictional, made up for this example.
import { createQueryApi, dataset, mergeDatasets, type DatasetAddition } from "vietnam-us-relations";
import { checkCitations, validateDataset } from "vietnam-us-relations/schemas";

const file = "newsroom/2026-01-20.txt";
const article = `Example Newsroom, 20 January 2026
On 19 January 2026 Example Newsroom hosted a readers' forum in Hanoi on the search for missing servicemen, where 12 veterans spoke.
US officials said in November 2025 that 740 cases had been identified.
`;
const source = "source:example-newsroom-veterans-forum";

const ours: DatasetAddition = {
  sources: [
    {
      id: source,
      file, // any relative path; no sha256 needed (give one and checkCitations compares it)
      title: "Veterans meet readers in Hanoi",
      titleIsDescriptive: false,
      publisherIds: ["org:example-newsroom"],
      published: "2026-01-20",
      dateCertainty: "stated",
      latestDateInText: "2026-01-19",
      language: "en",
      kind: "news-report",
      summary: "Our report of the readers' forum on the search for missing servicemen.",
    },
  ],
  organizations: [
    {
      id: "org:example-newsroom",
      name: "Example Newsroom",
      aliases: [],
      kind: "news-outlet",
      citations: [{ documentId: source, quote: "Example Newsroom hosted a readers' forum" }],
    },
  ],
  events: [
    {
      id: "event:2026-01-19-example-newsroom-forum",
      type: "meeting",
      title: "Readers' forum on the search for missing servicemen",
      summary: "Example Newsroom hosted a readers' forum in Hanoi where veterans spoke.",
      date: "2026-01-19",
      dateCertainty: "stated",
      placeId: "place:hanoi",
      participants: [{ entityId: "org:example-newsroom", role: "host" }],
      programIds: [],
      citations: [{ documentId: source, quote: "On 19 January 2026 Example Newsroom hosted a readers' forum in Hanoi" }],
    },
  ],
  metrics: [
    {
      id: "example-forum-veteran-speakers",
      label: "Veterans speaking at our forum",
      definition: "Veterans who spoke at a readers' forum Example Newsroom hosted, as its report counts them.",
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
      eventId: "event:2026-01-19-example-newsroom-forum",
      citations: [{ documentId: source, quote: "where 12 veterans spoke" }],
    },
    {
      id: "figure:2025-11-example-newsroom-us-identified-cases",
      metric: "us-identified-cases",
      value: 740,
      unit: "cases",
      qualifier: "exact",
      asOf: "2025-11",
      asOfRelation: "on",
      dateCertainty: "stated",
      citations: [{ documentId: source, quote: "740 cases had been identified" }],
    },
  ],
};

const quotes = await checkCitations(ours, { [file]: article });
console.log(`our quotes: ${quotes.ok ? "all verbatim" : quotes.problems.map((p) => `${p.path}: ${p.message}`).join("\n")}`);

const validation = validateDataset(mergeDatasets(dataset, ours));
if (!validation.ok) throw new Error(validation.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
const api = createQueryApi(validation.dataset);
console.log(`merged and valid, with our article: ${api.getEntity(source)?.title}`);
const forum = api.getFigure("example-forum-veteran-speakers");
console.log(`our metric: ${forum?.value} ${forum?.unit} on ${forum?.asOf}`);
for (const figure of api.getFigureHistory("us-identified-cases")) {
  const titles = figure.citations.map((citation) => api.getEntity(citation.documentId)?.title);
  console.log(`${figure.asOf}  ${figure.qualifier === "nearly" ? "nearly " : ""}${figure.value}  ${titles.join("; ")}`);
}

try {
  mergeDatasets(validation.dataset, { events: ours.events });
} catch (error) {
  console.log(error instanceof RangeError ? `refused: ${error.message}` : error);
}

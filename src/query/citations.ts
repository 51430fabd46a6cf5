import type { Citation, Organization, Source } from "../types.js";
import { loadOrganizations, loadSources } from "../generated/collections.js";
import { formatPartialDate } from "../display/format.js";
import { own, readOwnFields } from "./arguments.js";
import { outOfRange, wrongType } from "./errors.js";
import { createIndexes, type Indexes } from "./indexes.js";
import { perIndexes } from "./memo.js";

const shipped = /* @__PURE__ */ createIndexes({ sources: loadSources, organizations: loadOrganizations });
const TITLE_SHOWN = 60;

const organizationsById = perIndexes(
  (indexes: Indexes): ReadonlyMap<string, Organization> => new Map(indexes.collection("organizations").map((org) => [org.id, org])),
);

function shortTitle(title: string): string {
  if (title.length <= TITLE_SHOWN) return `“${title}”`;
  const cut = title.slice(0, TITLE_SHOWN);
  const space = cut.lastIndexOf(" ");
  return `“${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…”`;
}

/** @internal The short label of a source: its publishers (or title) and its date. */
export function sourceLabel(indexes: Indexes, source: Source): string {
  const orgs = organizationsById(indexes);
  const publishers = source.publisherIds.map((id) => {
    const org = orgs.get(id);
    return org === undefined ? id : (own(org, "acronym") ?? org.name);
  });
  const who = publishers.length > 0 ? publishers.join("/") : shortTitle(source.title);
  const published = own(source, "published");
  const when =
    published !== undefined
      ? formatPartialDate(published, { dateCertainty: source.dateCertainty === "inferred" ? "inferred" : "stated" })
      : `undated, on or after ${formatPartialDate(source.latestDateInText)}`;
  return `${who}, ${when}`;
}

/** @internal Checks a citation argument and returns its source. */
export function requireCitedSource(indexes: Indexes, helper: string, citation: unknown): Source {
  const accepted = "a citation { documentId, quote } whose documentId is a source id in the data";
  const { documentId } = readOwnFields(helper, "citation", citation, ["documentId"], accepted);
  if (typeof documentId !== "string") throw wrongType(helper, "citation", citation, accepted);
  const source = indexes.sourcesById().get(documentId);
  if (source === undefined) throw outOfRange(helper, "citation", citation, accepted);
  return source;
}

/** @internal */
export function formatCitationIn(indexes: Indexes, citation: unknown): string {
  return sourceLabel(indexes, requireCitedSource(indexes, "formatCitation", citation));
}

/**
 * A short label for a citation, from its source's publishers and date: `"VNS, 27 July 2024"`,
 * `"WVR/VNA, 2023, inferred"`. A source without a printed date is labelled by the latest date its text reports
 * (`"VNA, undated, on or after 2 November 2025"`); one without a named publisher by its title, cut short.
 *
 * @param citation - A citation from a record's `citations` (only its `documentId` is read).
 * @returns English text.
 * @throws TypeError for a non-object citation or a non-string `documentId`; RangeError for a source not in the data.
 * @example
 * ```ts
 * import { formatCitation, getFigure } from "vietnam-us-relations";
 *
 * const figure = getFigure("us-servicemen-identified")!;
 * console.log(`${figure.value} (${formatCitation(figure.citations[0]!)})`); // 740 (VNA, undated, on or after 2 November 2025)
 * ```
 */
export function formatCitation(citation: Citation): string {
  return formatCitationIn(shipped, citation);
}

import type { AnyRecord } from "./records.js";
import type { Citation, Deployment, Event, Figure, Note, Organization, Person, Place, Post, Program, Source } from "../types.js";
import { loadMetrics, loadOrganizations, loadPeople, loadPlaces, loadSources } from "../generated/collections.js";
import { formatFigure, formatPartialDate } from "../display/format.js";
import { own, readOwnFields } from "./arguments.js";
import { outOfRange, wrongType } from "./errors.js";
import { createIndexes, type Indexes } from "./indexes.js";
import { perIndexes } from "./memo.js";
import { sourceLabel } from "./citations.js";

const shipped = /* @__PURE__ */ createIndexes({
  sources: loadSources,
  organizations: loadOrganizations,
  places: loadPlaces,
  metrics: loadMetrics,
  people: loadPeople,
});

const names = perIndexes((indexes: Indexes) => {
  const map = new Map<string, string>();
  for (const record of [...indexes.collection("organizations"), ...indexes.collection("places")]) map.set(record.id, record.name);
  for (const person of indexes.collection("people")) map.set(person.id, person.name);
  for (const metric of indexes.collection("metrics")) map.set(metric.id, metric.label);
  return map;
});

const PREFIXES = ["source", "person", "post", "org", "place", "program", "deployment", "event", "figure", "note"] as const;

function nameOf(indexes: Indexes, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (names(indexes).get(id) ?? id);
}

function withLabel(indexes: Indexes, text: string, citations: readonly Citation[] | undefined): string {
  const source = citations?.[0] === undefined ? undefined : indexes.sourcesById().get(citations[0].documentId);
  const body = text.replace(/[.\s]+$/, "");
  return source === undefined ? `${body}.` : `${body} (${sourceLabel(indexes, source)}).`;
}

function sentenceOf(indexes: Indexes, prefix: string, record: AnyRecord): string {
  switch (prefix) {
    case "event": {
      const event = record as Event;
      const place = nameOf(indexes, own(event, "placeId"));
      return withLabel(indexes, `${formatPartialDate(event.date, event)}${place === undefined ? "" : `, ${place}`}: ${event.title}`, event.citations);
    }
    case "figure": {
      const figure = record as Figure;
      const when = formatPartialDate(figure.asOf, { dateCertainty: figure.dateCertainty });
      const relation = figure.asOfRelation === "before" ? "until just before" : "as of";
      return withLabel(indexes, `${nameOf(indexes, figure.metric)}: ${formatFigure(figure)} ${relation} ${when}`, figure.citations);
    }
    case "person": {
      const person = record as Person;
      const post = person.posts.at(-1);
      return withLabel(indexes, post === undefined ? person.name : `${person.name}, ${post.title}`, post?.citations);
    }
    case "post": {
      const post = record as Post;
      const org = nameOf(indexes, own(post, "organizationId"));
      return withLabel(indexes, `${post.title}${org === undefined ? "" : ` (${org})`}, as of ${formatPartialDate(post.asOf)}`, post.citations);
    }
    case "org":
    case "place":
    case "program": {
      const named = record as Organization | Place | Program;
      return withLabel(indexes, `${named.name}, ${named.kind.replaceAll("-", " ")}`, named.citations);
    }
    case "deployment": {
      const deployment = record as Deployment;
      const text = `${nameOf(indexes, deployment.contributorId)} in ${nameOf(indexes, deployment.missionId)}, as of ${formatPartialDate(deployment.asOf)}`;
      return withLabel(indexes, text, deployment.citations);
    }
    case "note":
      return withLabel(indexes, (record as Note).title, (record as Note).citations);
    default: {
      const source = record as Source;
      return `${source.title.replace(/[.\s]+$/, "")} (${sourceLabel(indexes, source)}).`;
    }
  }
}

/** @internal */
export function describeRecordIn(indexes: Indexes, record: unknown): string {
  const helper = "describeRecord";
  const accepted = "a record of the dataset (an object whose `id` is a record id such as \"event:…\")";
  const { id } = readOwnFields(helper, "record", record, ["id"], accepted);
  if (typeof id !== "string") throw wrongType(helper, "record", record, accepted);
  const prefix = id.slice(0, id.indexOf(":"));
  if (!(PREFIXES as readonly string[]).includes(prefix)) throw outOfRange(helper, "record", record, accepted);
  try {
    return sentenceOf(indexes, prefix, record as AnyRecord);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      if (error.message.startsWith(`${helper}: `)) throw error;
      throw outOfRange(helper, "record", record, `${accepted}, with the fields of its type`);
    }
    throw error;
  }
}

/**
 * A record as one English sentence with its citation label, for search results, alt text and retrieval chunks:
 * `"2 November 2025, Hanoi: Defence Minister Phan Van Giang holds talks with … (VNA, undated, on or after 2 November
 * 2025)."`. Events give their date (with its meaning and certainty) and place; figures their metric, value and
 * date; people their latest post; posts, organizations, places and programmes their kind or organization.
 *
 * @param record - Any record of the dataset (from `dataset`, {@link getEntity}, a helper's answer).
 * @returns One sentence, ending with the label of the record's first citation where it has one.
 * @throws TypeError for a non-object or a record without a string `id`; RangeError for an id that is not a record id or a record missing its type's fields.
 * @example
 * ```ts
 * import { describeRecord, getFigure } from "vietnam-us-relations";
 *
 * describeRecord(getFigure("us-non-refundable-aid-total")!);
 * // "Total non-refundable aid from the US Government (Bien Hoa context): 430 million USD as of 2 November 2025 (VNA, …)."
 * ```
 */
export function describeRecord(record: AnyRecord): string {
  return describeRecordIn(shipped, record);
}

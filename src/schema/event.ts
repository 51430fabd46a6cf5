import { z } from "zod";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  dateMeaningSchema,
  type DeepReadonly,
  deprecationSchema,
  entityIdSchema,
  eventIdSchema,
  partialDateSchema,
  placeIdSchema,
  programIdSchema,
} from "./common.js";

/**
 * The event types (after UCDP GED / ACLED event typing, narrowed to what the documents report).
 *
 * @example
 * ```ts
 * import { eventTypeSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(eventTypeSchema.options); // every accepted value
 * eventTypeSchema.parse("handover");
 * ```
 */
export const eventTypeSchema = z.enum([
  "visit",
  "talks",
  "meeting",
  "ceremony",
  "handover",
  "statement",
  "agreement",
  "anniversary",
  "founding",
  "deployment",
  "award",
  "death",
]);

/**
 * What a participant did in an event.
 *
 * @example
 * ```ts
 * import { participantRoleSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(participantRoleSchema.options); // every accepted value
 * participantRoleSchema.parse("delegation-head");
 * ```
 */
export const participantRoleSchema = z.enum([
  "host",
  "guest",
  "speaker",
  "organizer",
  "party",
  "delegation-head",
  "represented",
  "honoree",
  "presenter",
  "recipient",
  "received-on-behalf",
  "subject",
  "deceased",
  "deployed",
  "interlocutor",
  "visitor",
]);

/**
 * A participant in an event, by id, with the role the document gives it.
 *
 * @example
 * ```ts
 * import { participantSchema } from "vietnam-us-relations/schemas";
 *
 * participantSchema.parse({ entityId: "person:pete-hegseth", role: "guest" });
 * ```
 */
export const participantSchema = z.strictObject({
  entityId: entityIdSchema,
  role: participantRoleSchema,
});

/**
 * The part of the day a document gives for an event ("on the evening of 27th July").
 *
 * @example
 * ```ts
 * import { partOfDaySchema } from "vietnam-us-relations/schemas";
 *
 * console.log(partOfDaySchema.options); // every accepted value
 * partOfDaySchema.parse("evening");
 * ```
 */
export const partOfDaySchema = z.enum(["morning", "afternoon", "evening"]);

/**
 * Something that happened, dated to the precision the documents give.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { eventSchema } from "vietnam-us-relations/schemas";
 *
 * const result = eventSchema.safeParse(dataset.events[0]);
 * console.log(result.success); // true
 * ```
 */
export const eventSchema = z
  .strictObject({
    id: eventIdSchema,
    type: eventTypeSchema,
    /** A short headline of ours. */
    title: z.string().min(5).max(120),
    /** What happened, in our own words. */
    summary: z.string().min(10),
    date: partialDateSchema,
    endDate: partialDateSchema.optional(),
    partOfDay: partOfDaySchema.optional(),
    dateMeaning: dateMeaningSchema.optional(),
    ...dateCertaintyFields,
    placeId: placeIdSchema.optional(),
    participants: z.array(participantSchema).readonly(),
    /** The event this one was part of (a speech at a ceremony, an award at a commemoration). */
    partOfId: eventIdSchema.optional(),
    /** The programmes the event belongs to. */
    programIds: z.array(programIdSchema).readonly(),
    citations: citationsSchema,
    deprecated: deprecationSchema.optional(),
  })
  .superRefine((event, ctx) => {
    checkDateNote(event, ctx);
    if (event.endDate !== undefined && event.endDate < event.date) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endDate is before date" });
    }
  });

/**
 * An event record.
 *
 * @example
 * ```ts
 * import { dataset, type Event } from "vietnam-us-relations";
 *
 * const first: Event | undefined = dataset.events[0];
 * console.log(first?.id);
 * ```
 */
export type Event = DeepReadonly<z.infer<typeof eventSchema>>;
/**
 * The event types.
 *
 * @example
 * ```ts
 * import type { EventType } from "vietnam-us-relations";
 *
 * const value: EventType = "handover";
 * ```
 */
export type EventType = z.infer<typeof eventTypeSchema>;
/**
 * A participant of an event.
 *
 * @example
 * ```ts
 * import { getEntity, type Participant } from "vietnam-us-relations";
 *
 * const participants: readonly Participant[] = getEntity("event:2025-11-02-giang-hegseth-talks")?.participants ?? [];
 * console.log(participants.map((p) => `${p.entityId} (${p.role})`));
 * ```
 */
export type Participant = DeepReadonly<z.infer<typeof participantSchema>>;
/**
 * The participant roles.
 *
 * @example
 * ```ts
 * import type { ParticipantRole } from "vietnam-us-relations";
 *
 * const value: ParticipantRole = "delegation-head";
 * ```
 */
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

import { z } from "zod";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  type DeepReadonly,
  entityIdSchema,
  eventIdSchema,
  partialDateSchema,
  placeIdSchema,
  programIdSchema,
} from "./common.js";

/** The event types (after UCDP GED / ACLED event typing, narrowed to what the documents report). */
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

/** What a participant did in an event. */
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
]);

/** A participant in an event, by id, with the role the document gives it. */
export const participantSchema = z.strictObject({
  entityId: entityIdSchema,
  role: participantRoleSchema,
});

/** The part of the day a document gives for an event ("on the evening of 27th July"). */
export const partOfDaySchema = z.enum(["morning", "afternoon", "evening"]);

/** Something that happened, dated to the precision the documents give. */
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
    ...dateCertaintyFields,
    placeId: placeIdSchema.optional(),
    participants: z.array(participantSchema).readonly(),
    /** The event this one was part of (a speech at a ceremony, an award at a commemoration). */
    partOfId: eventIdSchema.optional(),
    /** The programmes the event belongs to. */
    programIds: z.array(programIdSchema).readonly(),
    citations: citationsSchema,
  })
  .superRefine((event, ctx) => {
    checkDateNote(event, ctx);
    if (event.endDate !== undefined && event.endDate < event.date) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endDate is before date" });
    }
  });

/** An event record. */
export type Event = DeepReadonly<z.infer<typeof eventSchema>>;
/** The event types. */
export type EventType = z.infer<typeof eventTypeSchema>;
/** A participant of an event. */
export type Participant = DeepReadonly<z.infer<typeof participantSchema>>;
/** The participant roles. */
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

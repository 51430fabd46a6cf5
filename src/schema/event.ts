import * as z from "zod";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  dateMeaningSchema,
  deprecatedField,
  named,
  ownField,
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
export const eventTypeSchema = z
  .enum([
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
  ])
  .meta(named("EventType", "What kind of event it is (after UCDP GED / ACLED event typing, narrowed to what the documents report).", ["handover"], {
    visit: "A visit by a person or delegation to a place or people.",
    talks: "Formal talks between delegations.",
    meeting: "A meeting or conversation between people (a reception, a call).",
    ceremony: "A ceremony held to mark or honour something.",
    handover: "A handover of remains or objects from one side to the other.",
    statement: "Something said or written: a speech, remarks, praise, a message.",
    agreement: "An agreement, accord or memorandum signed or concluded.",
    anniversary: "An anniversary the documents mark.",
    founding: "The founding or start of an organization or programme.",
    deployment: "Personnel or units sent to a mission.",
    award: "A medal, title or honour presented.",
    death: "A death the documents report.",
  }));

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
export const participantRoleSchema = z
  .enum([
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
  ])
  .meta(named("ParticipantRole", "What a participant did in an event, as the document gives it.", ["delegation-head"], {
    host: "Received or hosted the others.",
    guest: "Was received or hosted.",
    speaker: "Spoke or made the statement.",
    organizer: "Organized or held the event.",
    party: "Was one of the sides to an agreement, relationship or operation.",
    "delegation-head": "Led a delegation.",
    represented: "Was represented by someone else present (\"representing President Biden\").",
    honoree: "Was honoured or paid respects to.",
    presenter: "Presented or handed over the award or remains.",
    recipient: "Received the award, remains or message.",
    "received-on-behalf": "Received something on behalf of the recipient.",
    subject: "What the event is about, without taking part (praised, founded, marked).",
    deceased: "Died in the event.",
    deployed: "Sent personnel or units.",
    interlocutor: "The other party to a conversation, when the document says no more.",
    visitor: "Made the visit.",
  }));

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
export const participantSchema = z
  .strictObject({
    entityId: entityIdSchema.meta({ description: "Who took part: a person, organization, place (a country) or programme." }),
    role: participantRoleSchema.meta({ description: "What they did in the event." }),
  })
  .meta(named("Participant", "A participant in an event, by id, with the role the document gives it.", [{ entityId: "person:pete-hegseth", role: "guest" }]));

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
export const partOfDaySchema = z
  .enum(["morning", "afternoon", "evening"])
  .meta(named("PartOfDay", "The part of the day a document gives for an event (\"on the evening of 27th July\").", ["evening"], {
    morning: "In the morning.",
    afternoon: "In the afternoon.",
    evening: "In the evening.",
  }));

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
    id: eventIdSchema.meta({ description: "The event's id, unique across the dataset and stable." }),
    type: eventTypeSchema.meta({ description: "What kind of event it is." }),
    title: z
      .string()
      .min(5)
      .max(120)
      .meta({ description: "A short headline of ours.", examples: ["170th handover of US servicemen's remains"] }),
    summary: z.string().min(10).meta({ description: "What happened, in our own words." }),
    date: partialDateSchema.meta({ description: "When it happened (or began), to the precision the documents give." }),
    endDate: partialDateSchema.optional().meta({ description: "When an event spanning time ended; never before `date`." }),
    partOfDay: partOfDaySchema.optional().meta({ description: "The part of the day, when a document states it." }),
    dateMeaning: dateMeaningSchema
      .optional()
      .meta({ description: "How `date` relates to when the event happened; absent means `on`." }),
    ...dateCertaintyFields,
    placeId: placeIdSchema.optional().meta({ description: "Where it happened, when a document says." }),
    participants: z.array(participantSchema).readonly().meta({
      description: "Who took part and in what role: people, organizations, places (countries) or programmes.",
    }),
    partOfId: eventIdSchema
      .optional()
      .meta({ description: "The larger event this one was part of (a speech at a ceremony, an award at a commemoration)." }),
    programIds: z.array(programIdSchema).readonly().meta({ description: "The programmes the event belongs to." }),
    citations: citationsSchema.meta({ description: "Where the documents report the event: at least one citation." }),
    deprecated: deprecatedField,
  })
  .superRefine((event, ctx) => {
    checkDateNote(event, ctx);
    const endDate = ownField(event, "endDate");
    if (endDate !== undefined && endDate < event.date) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endDate is before date" });
    }
  })
  .meta(
    named(
      "Event",
      "Something that happened, dated to the precision the documents give. The figures reported at an event point at it with their `eventId`.",
    ),
  );

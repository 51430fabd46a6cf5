import * as z from "zod";
import { citationsSchema, deprecatedField, named, noteIdSchema, recordIdSchema } from "./common.js";

/**
 * Why a note exists: documents disagree, measure different things that look alike, or a value needed an
 * inference that spans records.
 *
 * @example
 * ```ts
 * import { noteKindSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(noteKindSchema.options); // every accepted value
 * noteKindSchema.parse("disagreement");
 * ```
 */
export const noteKindSchema = z
  .enum(["disagreement", "different-measures", "inference", "scope"])
  .meta(
    named(
      "NoteKind",
      "Why a note exists: documents disagree, measure different things that look alike, a value needed an inference that spans records, or a value's scope needs saying.",
      ["disagreement"],
      {
        disagreement: "Documents give counts of the same thing that do not agree.",
        "different-measures": "Counts that look alike measure different things.",
        inference: "How a date or value was worked out from the documents.",
        scope: "What a figure or record covers, where the documents leave it open.",
      },
    ),
  );

/**
 * Our explanation of how several records relate, with the quotes it rests on.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { noteSchema } from "vietnam-us-relations/schemas";
 *
 * const result = noteSchema.safeParse(dataset.notes[0]);
 * console.log(result.success); // true
 * ```
 */
export const noteSchema = z
  .strictObject({
    id: noteIdSchema.meta({ description: "The note's id, unique across the dataset and stable." }),
    kind: noteKindSchema.meta({ description: "Why the note exists." }),
    title: z.string().min(5).meta({ description: "A short headline of ours." }),
    body: z.string().min(20).meta({ description: "The explanation, in our words." }),
    recordIds: z.array(recordIdSchema).min(1).readonly().meta({ description: "The records the note explains: at least one." }),
    citations: citationsSchema.meta({ description: "The quotes the explanation rests on: at least one citation." }),
    deprecated: deprecatedField,
  })
  .meta(named("Note", "Our explanation of how several records relate or disagree, with the quotes it rests on."));

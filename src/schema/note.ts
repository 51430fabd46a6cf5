import { z } from "zod";
import { citationsSchema, type DeepReadonly, deprecationSchema, noteIdSchema, recordIdSchema } from "./common.js";

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
export const noteKindSchema = z.enum(["disagreement", "different-measures", "inference", "scope"]);

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
export const noteSchema = z.strictObject({
  id: noteIdSchema,
  kind: noteKindSchema,
  title: z.string().min(5),
  /** The explanation, in our words. */
  body: z.string().min(20),
  recordIds: z.array(recordIdSchema).min(1).readonly(),
  citations: citationsSchema,
  deprecated: deprecationSchema.optional(),
});

/**
 * A note record.
 *
 * @example
 * ```ts
 * import { dataset, type Note } from "vietnam-us-relations";
 *
 * const first: Note | undefined = dataset.notes[0];
 * console.log(first?.id);
 * ```
 */
export type Note = DeepReadonly<z.infer<typeof noteSchema>>;
/**
 * The note kinds.
 *
 * @example
 * ```ts
 * import type { NoteKind } from "vietnam-us-relations";
 *
 * const value: NoteKind = "disagreement";
 * ```
 */
export type NoteKind = z.infer<typeof noteKindSchema>;

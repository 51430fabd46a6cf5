import { z } from "zod";
import { citationsSchema, type DeepReadonly, noteIdSchema, recordIdSchema } from "./common.js";

/**
 * Why a note exists: documents disagree, measure different things that look alike, or a value needed an
 * inference that spans records.
 */
export const noteKindSchema = z.enum(["disagreement", "different-measures", "inference", "scope"]);

/** Our explanation of how several records relate, with the quotes it rests on. */
export const noteSchema = z.strictObject({
  id: noteIdSchema,
  kind: noteKindSchema,
  title: z.string().min(5),
  /** The explanation, in our words. */
  body: z.string().min(20),
  recordIds: z.array(recordIdSchema).min(1).readonly(),
  citations: citationsSchema,
});

/** A note record. */
export type Note = DeepReadonly<z.infer<typeof noteSchema>>;
/** The note kinds. */
export type NoteKind = z.infer<typeof noteKindSchema>;

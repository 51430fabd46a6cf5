import { z } from "zod";
import {
  checkDateNote,
  type DeepReadonly,
  deprecationSchema,
  organizationIdSchema,
  partialDateSchema,
  sourceIdSchema,
} from "./common.js";

/**
 * What kind of document a source is.
 *
 * @example
 * ```ts
 * import { sourceKindSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(sourceKindSchema.options); // every accepted value
 * sourceKindSchema.parse("news-report");
 * ```
 */
export const sourceKindSchema = z.enum(["news-report", "official-statement-report", "meeting-readout"]);

/**
 * One of the documents the dataset is built from.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { sourceSchema } from "vietnam-us-relations/schemas";
 *
 * const result = sourceSchema.safeParse(dataset.sources[0]);
 * console.log(result.success); // true
 * ```
 */
export const sourceSchema = z
  .strictObject({
    id: sourceIdSchema,
    /** File name of the document in the project's source folder. */
    file: z.string().regex(/^[0-9]{3}_[0-9a-f]{16}\.txt$/),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        description:
          "SHA-256 (lowercase hex) of the document's text as the quotes were checked against, byte for byte (UTF-8 file contents). The build compares it with the file whenever the documents are present, so a contributor knows whether their copy is the same text.",
      }),
    /** The headline as printed, or a descriptive title of ours when the document has none. */
    title: z.string().min(5),
    titleIsDescriptive: z.boolean(),
    /** Outlets named as publisher or credited as source (e.g. "WVR/VNA"); empty when the text names none. */
    publisherIds: z.array(organizationIdSchema).readonly(),
    /** Publication date as far as known; absent when neither stated nor inferable. */
    published: partialDateSchema.optional(),
    dateCertainty: z.enum(["stated", "inferred", "unknown"]),
    dateNote: z.string().min(10).optional(),
    /** The latest date the text itself reports: the point in time its "currently" and "to date" refer to at the earliest. */
    latestDateInText: partialDateSchema,
    /** BCP 47 language tag of the text. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/),
    kind: sourceKindSchema,
    /** One line on what the document covers, in our words. */
    summary: z.string().min(10),
    deprecated: deprecationSchema.optional(),
  })
  .superRefine((source, ctx) => {
    if (source.dateCertainty === "unknown") {
      if (source.published !== undefined) {
        ctx.addIssue({ code: "custom", path: ["published"], message: "an unknown publication date has no value" });
      }
      if (!source.dateNote) ctx.addIssue({ code: "custom", path: ["dateNote"], message: "say why the date is unknown" });
      return;
    }
    if (source.published === undefined) {
      ctx.addIssue({ code: "custom", path: ["published"], message: "a stated or inferred date needs a value" });
    }
    checkDateNote({ dateCertainty: source.dateCertainty, dateNote: source.dateNote }, ctx);
  });

/**
 * A source document record.
 *
 * @example
 * ```ts
 * import { dataset, type Source } from "vietnam-us-relations";
 *
 * const first: Source | undefined = dataset.sources[0];
 * console.log(first?.id);
 * ```
 */
export type Source = DeepReadonly<z.infer<typeof sourceSchema>>;

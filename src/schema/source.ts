import { z } from "zod";
import {
  checkDateNote,
  deprecatedField,
  named,
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
export const sourceKindSchema = z
  .enum(["news-report", "official-statement-report", "meeting-readout"])
  .meta(named("SourceKind", "What kind of document a source is.", ["news-report"], {
    "news-report": "A news article reporting events.",
    "official-statement-report": "A report of an official statement, such as a ministry spokesperson's.",
    "meeting-readout": "A readout of a meeting or talks.",
  }));

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
    id: sourceIdSchema.meta({ description: "The document's id, unique across the dataset and stable." }),
    file: z
      .string()
      .regex(/^[0-9]{3}_[0-9a-f]{16}\.txt$/)
      .meta({ description: "File name of the document in the project's source folder.", examples: ["001_a093653b43277145.txt"] }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        description:
          "SHA-256 (lowercase hex) of the document's text as the quotes were checked against, byte for byte (UTF-8 file contents). The build compares it with the file whenever the documents are present, so a contributor knows whether their copy is the same text.",
      }),
    title: z.string().min(5).meta({ description: "The headline as printed, or a descriptive title of ours when the document has none." }),
    titleIsDescriptive: z.boolean().meta({ description: "`true` when `title` is ours, not the document's." }),
    publisherIds: z.array(organizationIdSchema).readonly().meta({
      description: "News outlets named as publisher or credited as source (`WVR/VNA`, `Source: VNA`, `VNS`); empty when the text names none.",
    }),
    published: partialDateSchema
      .optional()
      .meta({ description: "Publication date as far as known; absent when neither stated nor inferable." }),
    dateCertainty: z
      .enum(["stated", "inferred", "unknown"])
      .meta(named("SourceDateCertainty", "How sure a source's publication date is: `unknown` when the text gives none.", ["unknown"], {
        stated: "The document prints its publication date.",
        inferred: "The publication date is worked out from the text; `dateNote` says how.",
        unknown: "The text gives no publication date.",
      }))
      .meta({ description: "Whether the publication date is written in the document, worked out from it, or unknown." }),
    dateNote: z
      .string()
      .min(10)
      .optional()
      .meta({ description: "How the publication date was inferred, or why it is unknown." }),
    latestDateInText: partialDateSchema.meta({
      description: "The latest date the text itself reports: the earliest point in time its \"currently\" and \"to date\" can refer to.",
    }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/)
      .meta({ description: "BCP 47 language tag of the text.", examples: ["en"] }),
    kind: sourceKindSchema.meta({ description: "What kind of document it is." }),
    summary: z.string().min(10).meta({ description: "One line on what the document covers, in our words." }),
    deprecated: deprecatedField,
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
  })
  .meta(named("Source", "One of the documents the dataset is built from."));

import * as z from "zod";
import {
  checkDateNote,
  deprecatedField,
  named,
  ownField,
  deprecationSchema,
  organizationIdSchema,
  partialDateSchema,
  sourceIdSchema,
} from "./common.js";

/**
 * @internal A relative path that stays inside the documents' folder: segments joined by forward slashes, none
 * empty, `.` or `..`, no backslash or drive letter. (The package's own documents are named `NNN_<16 hex>.txt`, a
 * convention its build checks, not the schema.) schema.json states it too (scripts/lib/json-schema-rules.ts).
 */
export const RELATIVE_PATH = /^(?![A-Za-z]:)(?:(?!\.\.?(?:\/|$))[^/\\\u0000]+\/)*(?!\.\.?$)[^/\\\u0000]+$/;

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
      // A refinement, not a `pattern`: schema.json states a string, so its diff against the old file-name pattern
      // reads as what it is, validation loosened (src/diff).
      .refine((path) => RELATIVE_PATH.test(path), { message: "not a relative path: use forward slashes, with no leading \"/\", drive letter, backslash, empty, \".\" or \"..\" segment" })
      .meta({
        description: "Path of the document's text file, relative to the folder that holds the documents (forward slashes).",
        examples: ["001_a093653b43277145.txt", "newsroom/2026-01-20.txt"],
      }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .meta({
        description:
          "SHA-256 (lowercase hex) of the document's text as the quotes were checked against, byte for byte (UTF-8 file contents), so that whoever checks the quotes knows whether their copy is the same text. Every document the package ships has one.",
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
    url: z
      .string()
      .regex(/^https?:\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:[/?#]\S*)?$/)
      .optional()
      .meta({
        description:
          "Where the document was published (provenance: where to obtain the text, whose SHA-256 is `sha256`). Nothing in the data rests on the page beyond the document's own text.",
        examples: ["https://vietnamnews.vn/politics-laws/1660096/prime-minister-receives-us-secretary-of-state-antony-blinken.html"],
      }),
    urlNote: z
      .string()
      .min(10)
      .optional()
      .meta({ description: "Why the document has no `url`: where it was looked for and what was found instead." }),
    deprecated: deprecatedField,
  })
  .superRefine((source, ctx) => {
    const published = ownField(source, "published");
    const dateNote = ownField(source, "dateNote");
    if (source.dateCertainty === "unknown") {
      if (published !== undefined) {
        ctx.addIssue({ code: "custom", path: ["published"], message: "an unknown publication date has no value" });
      }
      if (!dateNote) ctx.addIssue({ code: "custom", path: ["dateNote"], message: "say why the date is unknown" });
      return;
    }
    if (published === undefined) {
      ctx.addIssue({ code: "custom", path: ["published"], message: "a stated or inferred date needs a value" });
    }
    checkDateNote({ dateCertainty: source.dateCertainty, ...(dateNote === undefined ? {} : { dateNote }) }, ctx);
  })
  .meta(named("Source", "One of the documents the dataset is built from."));

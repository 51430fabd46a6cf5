import * as z from "zod";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  deprecatedField,
  named,
  ownField,
  entityIdSchema,
  eventIdSchema,
  figureIdSchema,
  partialDateSchema,
  slugSchema,
} from "./common.js";

/**
 * How exact a value is, as the document words it. `"nearly 750"` is `nearly` with `upperBound: 750`;
 * `"over 50 years"` is `more-than` with `lowerBound: 50`.
 *
 * @example
 * ```ts
 * import { figureQualifierSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(figureQualifierSchema.options); // every accepted value
 * figureQualifierSchema.parse("nearly");
 * ```
 */
export const figureQualifierSchema = z
  .enum(["exact", "nearly", "more-than"])
  .meta(
    named(
      "FigureQualifier",
      "How exact a value is, as the document words it: \"nearly 750\" is `nearly` (with `upperBound` 750), \"over 50 years\" is `more-than` (with `lowerBound` 50).",
      ["nearly"],
      {
        exact: "The value as the document gives it, unqualified.",
        nearly: "\"Nearly\" the value: at most it (`upperBound`).",
        "more-than": "\"More than\" or \"over\" the value: at least it (`lowerBound`).",
      },
    ),
  );

/**
 * Whether the value held on `asOf` (`on`), or is the earlier value that held until just before it (`before`,
 * e.g. the old total in "raising the total from 300 million USD to 430 million USD").
 *
 * @example
 * ```ts
 * import { asOfRelationSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(asOfRelationSchema.options); // every accepted value
 * asOfRelationSchema.parse("before");
 * ```
 */
export const asOfRelationSchema = z
  .enum(["on", "before"])
  .meta(
    named(
      "AsOfRelation",
      "Whether a value held on its `asOf` date (`on`) or is the earlier value that held until just before it (`before`: the old total in \"raising the total from 300 million USD to 430 million USD\").",
      ["before"],
      {
        on: "The value held on its `asOf` date.",
        before: "The earlier value, which held until just before `asOf` (\"from 300 million\").",
      },
    ),
  );

/**
 * A number a document states, with its metric, unit, point in time and citation (after Wikidata statements).
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { figureSchema } from "vietnam-us-relations/schemas";
 *
 * const result = figureSchema.safeParse(dataset.figures[0]);
 * console.log(result.success); // true
 * ```
 */
export const figureSchema = z
  .strictObject({
    id: figureIdSchema.meta({ description: "The figure's id, unique across the dataset and stable." }),
    metric: slugSchema.meta({
      description: "The id of the metric in the catalogue that the number measures (a `MetricId`).",
      examples: ["repatriation-missions"],
    }),
    value: z.number().finite().meta({ description: "The number exactly as stated: never rounded, averaged or \"fixed\"." }),
    unit: z.string().min(2).meta({ description: "The unit of the value; always equal to the metric's unit.", examples: ["missions"] }),
    qualifier: figureQualifierSchema.meta({ description: "How exact the value is, as the document words it." }),
    lowerBound: z
      .number()
      .finite()
      .optional()
      .meta({ description: "For `more-than` values, the bound the document states (equal to `value`); absent on exact values." }),
    upperBound: z
      .number()
      .finite()
      .optional()
      .meta({ description: "For `nearly` values, the bound the document states (equal to `value`); absent on exact values." }),
    asOf: partialDateSchema.meta({ description: "The point in time the document places the value at." }),
    asOfRelation: asOfRelationSchema.meta({ description: "Whether the value held on `asOf` or just before it." }),
    ...dateCertaintyFields,
    subjectId: entityIdSchema.optional().meta({ description: "What the number is about: a programme, organization, place or person." }),
    eventId: eventIdSchema.optional().meta({ description: "The event the number was reported at or is about." }),
    citations: citationsSchema.meta({ description: "Where the documents state the number: at least one quote states the value." }),
    deprecated: deprecatedField,
  })
  .superRefine((figure, ctx) => {
    checkDateNote(figure, ctx);
    const lowerBound = ownField(figure, "lowerBound");
    const upperBound = ownField(figure, "upperBound");
    if (figure.qualifier === "exact" && (lowerBound !== undefined || upperBound !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["qualifier"], message: "an exact figure has no bounds" });
    }
    if (figure.qualifier === "nearly" && upperBound !== figure.value) {
      ctx.addIssue({ code: "custom", path: ["upperBound"], message: "'nearly N' keeps N as upperBound and value" });
    }
    if (figure.qualifier === "more-than" && lowerBound !== figure.value) {
      ctx.addIssue({ code: "custom", path: ["lowerBound"], message: "'more than N' keeps N as lowerBound and value" });
    }
    // Bounds that contradict each other or the value: "nearly 750" with a lowerBound of 900, "more than 50" with
    // an upperBound of 10.
    if (lowerBound !== undefined && lowerBound > figure.value) {
      ctx.addIssue({ code: "custom", path: ["lowerBound"], message: `lowerBound ${lowerBound} is above the value ${figure.value}` });
    }
    if (upperBound !== undefined && upperBound < figure.value) {
      ctx.addIssue({ code: "custom", path: ["upperBound"], message: `upperBound ${upperBound} is below the value ${figure.value}` });
    }
  })
  .meta(
    named(
      "Figure",
      "A number a document states, with its metric, unit, point in time and citation (after Wikidata statements). When documents disagree, each value is a figure of its own.",
    ),
  );

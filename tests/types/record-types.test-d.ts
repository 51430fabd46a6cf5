import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as schemas from "../../src/schema/index.js";
import type * as types from "../../src/types.js";

/**
 * The named record types are generated from the schemas' JSON Schema; these assertions prove that each one is
 * exactly (both ways, readonly and optional modifiers included) the deeply readonly output type of its schema, so
 * the two can never drift apart.
 */
type Parsed<S extends z.ZodType> = types.DeepReadonly<z.output<S>>;

describe("each named type is DeepReadonly<z.infer> of its schema", () => {
  it("records", () => {
    // The metric ids, slugs to the schema, are MetricId (the shipped ones offered as completions), as in the main entry.
    expectTypeOf<types.Dataset>().toEqualTypeOf<
      types.DeepReadonly<
        Omit<z.output<typeof schemas.datasetSchema>, "figures" | "metrics"> & { figures: types.Figure[]; metrics: types.Metric[] }
      >
    >();
    expectTypeOf<types.Source>().toEqualTypeOf<Parsed<typeof schemas.sourceSchema>>();
    expectTypeOf<types.Person>().toEqualTypeOf<Parsed<typeof schemas.personSchema>>();
    expectTypeOf<types.Post>().toEqualTypeOf<Parsed<typeof schemas.postSchema>>();
    expectTypeOf<types.Organization>().toEqualTypeOf<Parsed<typeof schemas.organizationSchema>>();
    expectTypeOf<types.Place>().toEqualTypeOf<Parsed<typeof schemas.placeSchema>>();
    expectTypeOf<types.Program>().toEqualTypeOf<Parsed<typeof schemas.programSchema>>();
    expectTypeOf<types.Deployment>().toEqualTypeOf<Parsed<typeof schemas.deploymentSchema>>();
    expectTypeOf<types.Event>().toEqualTypeOf<Parsed<typeof schemas.eventSchema>>();
    expectTypeOf<types.Figure>().toEqualTypeOf<types.DeepReadonly<Omit<z.output<typeof schemas.figureSchema>, "metric"> & { metric: types.MetricId }>>();
    expectTypeOf<types.Metric>().toEqualTypeOf<
      types.DeepReadonly<
        Omit<z.output<typeof schemas.metricSchema>, "id" | "relatedMetrics"> & { id: types.MetricId; relatedMetrics?: types.RelatedMetric[] | undefined }
      >
    >();
    expectTypeOf<types.Note>().toEqualTypeOf<Parsed<typeof schemas.noteSchema>>();
  });

  it("nested objects", () => {
    expectTypeOf<types.Citation>().toEqualTypeOf<Parsed<typeof schemas.citationSchema>>();
    expectTypeOf<types.Deprecation>().toEqualTypeOf<Parsed<typeof schemas.deprecationSchema>>();
    expectTypeOf<types.Participant>().toEqualTypeOf<Parsed<typeof schemas.participantSchema>>();
    expectTypeOf<types.Death>().toEqualTypeOf<Parsed<typeof schemas.deathSchema>>();
    expectTypeOf<types.RelatedMetric>().toEqualTypeOf<
      types.DeepReadonly<Omit<NonNullable<z.output<typeof schemas.metricSchema>["relatedMetrics"]>[number], "metric"> & { metric: types.MetricId }>
    >();
  });

  it("ids", () => {
    expectTypeOf<types.SourceId>().toEqualTypeOf<Parsed<typeof schemas.sourceIdSchema>>();
    expectTypeOf<types.PersonId>().toEqualTypeOf<Parsed<typeof schemas.personIdSchema>>();
    expectTypeOf<types.PostId>().toEqualTypeOf<Parsed<typeof schemas.postIdSchema>>();
    expectTypeOf<types.OrganizationId>().toEqualTypeOf<Parsed<typeof schemas.organizationIdSchema>>();
    expectTypeOf<types.PlaceId>().toEqualTypeOf<Parsed<typeof schemas.placeIdSchema>>();
    expectTypeOf<types.ProgramId>().toEqualTypeOf<Parsed<typeof schemas.programIdSchema>>();
    expectTypeOf<types.DeploymentId>().toEqualTypeOf<Parsed<typeof schemas.deploymentIdSchema>>();
    expectTypeOf<types.EventId>().toEqualTypeOf<Parsed<typeof schemas.eventIdSchema>>();
    expectTypeOf<types.FigureId>().toEqualTypeOf<Parsed<typeof schemas.figureIdSchema>>();
    expectTypeOf<types.NoteId>().toEqualTypeOf<Parsed<typeof schemas.noteIdSchema>>();
    expectTypeOf<types.EntityId>().toEqualTypeOf<Parsed<typeof schemas.entityIdSchema>>();
    expectTypeOf<types.RecordId>().toEqualTypeOf<Parsed<typeof schemas.recordIdSchema>>();
  });

  it("enums", () => {
    expectTypeOf<types.DateCertainty>().toEqualTypeOf<Parsed<typeof schemas.dateCertaintySchema>>();
    expectTypeOf<types.DateMeaning>().toEqualTypeOf<Parsed<typeof schemas.dateMeaningSchema>>();
    expectTypeOf<types.SourceKind>().toEqualTypeOf<Parsed<typeof schemas.sourceKindSchema>>();
    expectTypeOf<types.SourceDateCertainty>().toEqualTypeOf<types.Source["dateCertainty"]>();
    expectTypeOf<types.OrganizationKind>().toEqualTypeOf<Parsed<typeof schemas.organizationKindSchema>>();
    expectTypeOf<types.PlaceKind>().toEqualTypeOf<Parsed<typeof schemas.placeKindSchema>>();
    expectTypeOf<types.ProgramKind>().toEqualTypeOf<Parsed<typeof schemas.programKindSchema>>();
    expectTypeOf<types.EventType>().toEqualTypeOf<Parsed<typeof schemas.eventTypeSchema>>();
    expectTypeOf<types.ParticipantRole>().toEqualTypeOf<Parsed<typeof schemas.participantRoleSchema>>();
    expectTypeOf<types.PartOfDay>().toEqualTypeOf<Parsed<typeof schemas.partOfDaySchema>>();
    expectTypeOf<types.FigureQualifier>().toEqualTypeOf<Parsed<typeof schemas.figureQualifierSchema>>();
    expectTypeOf<types.AsOfRelation>().toEqualTypeOf<Parsed<typeof schemas.asOfRelationSchema>>();
    expectTypeOf<types.MetricKind>().toEqualTypeOf<Parsed<typeof schemas.metricKindSchema>>();
    expectTypeOf<types.MetricTopic>().toEqualTypeOf<types.Metric["topic"]>();
    expectTypeOf<types.NoteKind>().toEqualTypeOf<Parsed<typeof schemas.noteKindSchema>>();
  });

  it("collection names", () => {
    expectTypeOf<types.CollectionName>().toEqualTypeOf<keyof typeof schemas.collectionSchemas>();
  });

  it("tells a changed field apart (the check is not vacuous)", () => {
    expectTypeOf<types.Event>().not.toEqualTypeOf<Omit<Parsed<typeof schemas.eventSchema>, "partOfDay">>();
    expectTypeOf<types.Event>().not.toEqualTypeOf<z.output<typeof schemas.eventSchema>>(); // not readonly
    expectTypeOf<types.Citation>().not.toEqualTypeOf<Parsed<typeof schemas.citationSchema> & { readonly page?: number }>();
  });
});

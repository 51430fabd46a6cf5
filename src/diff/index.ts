/**
 * `vietnam-us-relations/diff`: the data diff as a function. `diffDatasets(old, new)` answers exactly what
 * `npx vietnam-us-relations diff <old> <new> --json` prints — the ids added, removed, deprecated and changed per
 * collection, every changed field, and the semver bump the versioning policy requires, with its reasons. It loads
 * neither zod nor the dataset; read the two sides yourself (e.g. two `dataset.json` files and their `schema.json`).
 *
 * @example
 * ```ts
 * import { diffDatasets } from "vietnam-us-relations/diff";
 * const result = diffDatasets({ dataset: pinned, schema: pinnedSchema }, { dataset: candidate, schema: candidateSchema });
 * if (result.bump === "major") process.exitCode = 3;
 * ```
 * @module diff
 */
export type { Bump } from "./bump.js";
export { bumpReaches } from "./bump.js";
export { diffDatasets, type BumpReason, type ChangedRecord, type CollectionDiff, type DataDiff, type DiffSide, type FieldChange } from "./data-diff.js";
export { DiffInputError } from "./errors.js";
export { MAX_DEPTH, MAX_VERSION_LENGTH } from "./side-check.js";

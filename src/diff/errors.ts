/**
 * Why a side of a diff cannot be compared: not a dataset, a record without a string id, a duplicate id, too deep,
 * an invalid `version` or schema. The message names the side (`old side`, `new side`, with its label) and the path.
 *
 * @example
 * ```ts
 * import { DiffInputError, diffDatasets } from "vietnam-us-relations/diff";
 *
 * try {
 *   diffDatasets({ dataset: { events: [null] } }, { dataset: { events: [] } });
 * } catch (error) {
 *   if (error instanceof DiffInputError) console.error(error.side, error.message); // "old", "old side: events[0] is not a record (null)"
 * }
 * ```
 */
export class DiffInputError extends Error {
  override readonly name = "DiffInputError";
  /** Which side is wrong. */
  readonly side: "old" | "new";
  /**
   * @param side - which side is wrong
   * @param message - what is wrong, starting with the side
   */
  constructor(side: "old" | "new", message: string) {
    super(message);
    this.side = side;
  }
}

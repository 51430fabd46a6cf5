import { dataset } from "../dataset.js";
import { createIndexes, type Indexes } from "./indexes.js";

let indexes: Indexes | undefined;

/** @internal The indexes over the shipped dataset, set up on first use. */
export function shippedIndexes(): Indexes {
  indexes ??= createIndexes(dataset);
  return indexes;
}

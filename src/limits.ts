/**
 * @internal The size limits shared by `createQueryApi` and `validateDataset` (README, "Inputs, snapshots and edge
 * cases"). Zod-free, so that the main entry may import it.
 */

/**
 * The longest array either function reads. Longer arrays (or array-likes and Proxies claiming a longer length)
 * are refused before any element is read: no collection of a real dataset comes near it (the shipped data
 * × 1000 has under 400,000 records).
 */
export const MAX_ARRAY_LENGTH = 10_000_000;

/**
 * The most values (objects, arrays, strings, numbers… counted one each) one record may hold for
 * `validateDataset`. The shipped records hold a few dozen; the bound keeps zod, which lists every issue of a
 * record before the problem cap can apply, within bounded time and memory on a record of a million aliases.
 */
export const MAX_VALUES_PER_RECORD = 10_000;

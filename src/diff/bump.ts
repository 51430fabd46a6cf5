/**
 * A semver bump, from none to major.
 *
 * @example
 * ```ts
 * import type { Bump } from "vietnam-us-relations/diff";
 *
 * const required: Bump = "minor";
 * ```
 */
export type Bump = "none" | "patch" | "minor" | "major";

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * The larger of two bumps.
 *
 * @example
 * ```ts
 * maxBump("patch", "minor"); // "minor"
 * ```
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Whether `available` is at least `required`.
 *
 * @example
 * ```ts
 * covers("minor", "patch"); // true
 * covers("patch", "major"); // false
 * ```
 */
export function covers(available: Bump, required: Bump): boolean {
  return RANK[available] >= RANK[required];
}

/**
 * The bump that takes version `from` to version `to` (`none` when equal or lower).
 *
 * @example
 * ```ts
 * bumpBetween("0.1.0", "0.2.0"); // "minor"
 * ```
 */
export function bumpBetween(from: string, to: string): Bump {
  const [a, b] = [from, to].map((version) => version.split("-")[0]!.split(".").map(Number)) as [number[], number[]];
  for (const [index, bump] of (["major", "minor", "patch"] as const).entries()) {
    if ((b[index] ?? 0) > (a[index] ?? 0)) return bump;
    if ((b[index] ?? 0) < (a[index] ?? 0)) return "none";
  }
  return "none";
}

/**
 * Whether a required bump is at or above a level: what `vietnam-us-relations diff --fail-on <level>` fails on.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { bumpReaches, diffDatasets } from "vietnam-us-relations/diff";
 *
 * const candidate = { ...dataset, events: dataset.events.slice(1) };
 * console.log(bumpReaches(diffDatasets({ dataset }, { dataset: candidate }).bump, "major")); // true: a record was removed
 * console.log(bumpReaches("minor", "major")); // false
 * ```
 */
export function bumpReaches(bump: Bump, level: Exclude<Bump, "none">): boolean {
  return covers(bump, level);
}

/** A semver bump, from none to major. */
export type Bump = "none" | "patch" | "minor" | "major";

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Whether `available` is at least `required`. */
export function covers(available: Bump, required: Bump): boolean {
  return RANK[available] >= RANK[required];
}

/** The bump that takes version `from` to version `to` (`none` when equal or lower). */
export function bumpBetween(from: string, to: string): Bump {
  const [a, b] = [from, to].map((version) => version.split("-")[0]!.split(".").map(Number)) as [number[], number[]];
  for (const [index, bump] of (["major", "minor", "patch"] as const).entries()) {
    if ((b[index] ?? 0) > (a[index] ?? 0)) return bump;
    if ((b[index] ?? 0) < (a[index] ?? 0)) return "none";
  }
  return "none";
}

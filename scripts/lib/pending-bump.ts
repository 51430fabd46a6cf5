import readChangesets from "@changesets/read";
import { type Bump, maxBump } from "../../src/diff/bump.js";
import { ROOT } from "./paths.js";

/** The largest bump that the pending changesets (`.changeset/*.md`) request for this package. */
export async function pendingChangesetBump(packageName: string, cwd = ROOT): Promise<Bump> {
  const changesets = await readChangesets(cwd);
  return changesets
    .flatMap((changeset) => changeset.releases)
    .filter((release) => release.name === packageName)
    .reduce<Bump>((max, release) => maxBump(max, release.type), "none");
}

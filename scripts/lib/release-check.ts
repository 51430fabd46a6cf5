import { covers, maxBump, bumpBetween, type Bump } from "../../src/diff/bump.js";
import { type DataDiff, diffDatasets } from "../../src/diff/data-diff.js";
import { readBaseline } from "./baseline.js";
import { loadAuthoredDataset, packageVersion } from "./load-data.js";
import { pendingChangesetBump } from "./pending-bump.js";
import { renderJsonSchema } from "./raw-exports.js";

/** The outcome of comparing data/ with the last release: what the policy requires and what is on offer. */
export interface ReleaseCheck {
  readonly diff: DataDiff;
  readonly required: Bump;
  readonly available: Bump;
  readonly ok: boolean;
  readonly message: string;
}

/**
 * Compares the authored data and the current schema with the baseline (the last release) and checks that the
 * pending changesets — or a version bump already applied by `changeset version` — cover what the policy requires.
 */
export async function checkReleaseBump(packageName = "vietnam-us-relations"): Promise<ReleaseCheck> {
  const baseline = readBaseline();
  const current = { dataset: loadAuthoredDataset(), schema: renderJsonSchema() };
  const diff = diffDatasets(baseline, current);
  const available = maxBump(await pendingChangesetBump(packageName), bumpBetween(baseline.dataset.version, packageVersion()));
  const ok = covers(available, diff.bump);
  const forcing = diff.reasons.filter((reason) => !covers(available, reason.bump));
  const message = ok
    ? `data/ since ${baseline.dataset.version}: needs ${diff.bump}, pending changesets give ${available}`
    : [
        `data/ changed since the last release (${baseline.dataset.version}) in ways that need a ${diff.bump.toUpperCase()} release,`,
        `but the pending changesets only ask for ${available === "none" ? "no release" : `a ${available}`}.`,
        `Add one with \`npm run changeset\` and choose "${diff.bump}" (rules: docs/versioning.md). Forced by:`,
        ...forcing.map((reason) => `  - ${reason.bump}: ${reason.rule}: ${reason.ids.join(", ")}`),
      ].join("\n");
  return { diff, required: diff.bump, available, ok, message };
}

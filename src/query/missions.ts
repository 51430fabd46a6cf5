import { optionalAsOf, requireOneOf } from "./arguments.js";
import { asOfDay, isCertainlyBy, type AsOfOptions } from "./as-of.js";
import { getFigureIn } from "./figures.js";
import { loadDeployments, loadFigures, loadMetrics, loadOrganizations, loadSources } from "../generated/collections.js";
import { createIndexes, type Indexes } from "./indexes.js";

/**
 * The kinds of mission {@link getMissionCount} counts.
 *
 * @example
 * ```ts
 * import { getMissionCount, type MissionKind } from "vietnam-us-relations";
 *
 * for (const kind of ["repatriation", "peacekeeping"] satisfies MissionKind[]) console.log(kind, getMissionCount(kind));
 * ```
 */
export type MissionKind = "repatriation" | "peacekeeping";

const MISSION_KINDS: readonly MissionKind[] = ["repatriation", "peacekeeping"];
const shipped = /* @__PURE__ */ createIndexes({
  figures: loadFigures,
  metrics: loadMetrics,
  sources: loadSources,
  deployments: loadDeployments,
  organizations: loadOrganizations,
});

/** @internal */
export function getMissionCountIn(indexes: Indexes, kind: unknown = "repatriation", options?: unknown): number | undefined {
  const helper = "getMissionCount";
  requireOneOf(helper, "kind", kind, MISSION_KINDS);
  const asOf = optionalAsOf(helper, options);
  if (kind === "repatriation") {
    return getFigureIn(indexes, "repatriation-missions", asOf === undefined ? undefined : { asOf })?.value;
  }
  const day = asOf === undefined ? undefined : asOfDay(asOf);
  const missions = new Set<string>();
  for (const deployment of indexes.peacekeepingDeployments()) {
    if (deployment.contributorId !== "place:vietnam") continue;
    if (day !== undefined && !isCertainlyBy(deployment.asOf, day)) continue;
    missions.add(deployment.missionId);
  }
  // "Unknown" means what it means for repatriation: no record attests a count by then. Never 0 for "not known".
  return missions.size === 0 ? undefined : missions.size;
}

/**
 * How many missions the documents report, by kind.
 *
 * - `"repatriation"` (default): the number of remains repatriation missions (over the window their document gives) — the value of the
 *   `repatriation-missions` figure in force at `asOf` (see {@link getFigure}); `undefined` when none is known by
 *   then. Today that is 160, from the 2023 ceremony report. It is not the 160 "mixed-use activities" of the 2025
 *   defence readout (metric `mia-joint-activities`) nor the 170 handover ceremonies of July 2025 (metric
 *   `remains-handover-ceremonies`): the documents do not say how the three units relate, and
 *   `note:missions-activities-ceremonies` in `dataset.notes` sets out which readings the numbers allow.
 * - `"peacekeeping"`: the number of distinct UN peacekeeping missions (organizations of kind
 *   `un-peacekeeping-mission`) that the `deployments` collection records Vietnam sending personnel to by `asOf`:
 *   UNMISS, MINUSCA and UNISFA, so 3. Personnel sent to the UN headquarters is a deployment but not a mission.
 *   A deployment counts from the date a document attests it (`deployment.asOf`, 2023 for all three), not from
 *   when it began, which the documents do not date; by the rule of {@link AsOfOptions}, one attested in "2023"
 *   counts as of `"2023"` or `"2023-12-31"`, not as of `"2023-06"`.
 *
 * One meaning of "unknown" for both kinds (and for {@link getFigure}): the answer is what the documents attest
 * by `asOf`, and `undefined` when they attest nothing by then. `undefined` is never "zero"; a count of 0 is
 * never returned, because no document reports a count of none.
 *
 * @param kind - `"repatriation"` or `"peacekeeping"`.
 * @param options - `asOf`: a partial ISO date; default the latest in the data.
 * @throws TypeError for a non-string kind or non-object options; RangeError for an unknown kind or a malformed date.
 * @example
 * ```ts
 * import { getMissionCount } from "vietnam-us-relations";
 *
 * getMissionCount(); // 160
 * getMissionCount("repatriation", { asOf: "2020" }); // undefined: no count is reported by then
 * getMissionCount("peacekeeping"); // 3
 * getMissionCount("peacekeeping", { asOf: "2018" }); // undefined: no deployment is attested by then
 * ```
 */
export function getMissionCount(kind: MissionKind = "repatriation", options?: AsOfOptions): number | undefined {
  return getMissionCountIn(shipped, kind, options);
}

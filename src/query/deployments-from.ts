import type { Deployment, Organization, PlaceId } from "../types.js";
import type { KnownPlaceId } from "../generated/ids.js";
import { loadDeployments, loadOrganizations } from "../generated/collections.js";
import { requireId } from "./arguments.js";
import { createIndexes, live, type Indexes } from "./indexes.js";
import { freezeLists, perIndexes, pushTo } from "./memo.js";

/**
 * A deployment with the UN body it sends personnel to, as {@link findDeploymentsFrom} returns it.
 *
 * @example
 * ```ts
 * import { findDeploymentsFrom, type MissionDeployment } from "vietnam-us-relations";
 *
 * const deployments: readonly MissionDeployment[] = findDeploymentsFrom("place:vietnam");
 * console.log(deployments.map(({ mission }) => mission.acronym ?? mission.name));
 * ```
 */
export interface MissionDeployment {
  /** The deployment record. */
  readonly deployment: Deployment;
  /** The organization the personnel go to (`deployment.missionId`): a mission, or a UN body such as the headquarters. */
  readonly mission: Organization;
}

const EMPTY: readonly MissionDeployment[] = Object.freeze([]);
const shipped = /* @__PURE__ */ createIndexes({ deployments: loadDeployments, organizations: loadOrganizations });

const byContributor = perIndexes((indexes: Indexes) => {
  const organizations = new Map(indexes.collection("organizations").map((org) => [org.id, org]));
  const map = new Map<string, MissionDeployment[]>();
  for (const deployment of live(indexes.collection("deployments"))) {
    const mission = organizations.get(deployment.missionId);
    if (mission) pushTo(map, deployment.contributorId, Object.freeze({ deployment, mission }));
  }
  return freezeLists(map);
});

/** @internal */
export function findDeploymentsFromIn(indexes: Indexes, contributorId: unknown): readonly MissionDeployment[] {
  const id = requireId("findDeploymentsFrom", "contributorId", contributorId, ["place"]);
  return byContributor(indexes).get(id) ?? EMPTY;
}

/**
 * The peacekeeping deployments a country sends personnel to, each with the organization it
 * goes to, in the order of `dataset.deployments`. Missions are the organizations of kind
 * `"un-peacekeeping-mission"`; personnel sent to a UN body (the headquarters) is a deployment too. Tombstoned
 * deployments are left out.
 *
 * @param contributorId - A `place:` id: the contributing country.
 * @returns A frozen array of frozen entries; empty for a contributor with no deployments.
 * @throws TypeError when `contributorId` is not a string; RangeError when it is not a `place:` id.
 * @example
 * ```ts
 * import { findDeploymentsFrom } from "vietnam-us-relations";
 *
 * for (const { mission, deployment } of findDeploymentsFrom("place:vietnam")) {
 *   if (mission.kind === "un-peacekeeping-mission") console.log(mission.acronym, deployment.units);
 * }
 * ```
 */
export function findDeploymentsFrom(contributorId: KnownPlaceId | (PlaceId & {})): readonly MissionDeployment[] {
  return findDeploymentsFromIn(shipped, contributorId);
}

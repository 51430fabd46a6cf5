import { own } from "./arguments.js";
import type { Indexes } from "./indexes.js";
import { live } from "./indexes.js";
import { perIndexes } from "./memo.js";

/** @internal The ids of the people who hold a post in each organization (by organization id), each once. */
export const postHolderIds = perIndexes((indexes: Indexes): ReadonlyMap<string, readonly string[]> => {
  const map = new Map<string, Set<string>>();
  for (const person of live(indexes.collection("people"))) {
    for (const post of live(person.posts)) {
      const organizationId = own(post, "organizationId");
      if (organizationId === undefined) continue;
      const holders = map.get(organizationId) ?? new Set<string>();
      holders.add(person.id);
      map.set(organizationId, holders);
    }
  }
  return new Map([...map].map(([id, holders]) => [id, [...holders]]));
});

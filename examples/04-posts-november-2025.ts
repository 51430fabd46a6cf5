// Question 4: the posts Phan Van Giang and Pete Hegseth held in November 2025.
import { findPostsHeld, getEntity } from "vietnam-us-relations";

for (const personId of ["person:phan-van-giang", "person:pete-hegseth"] as const) {
  console.log(`${getEntity(personId)?.name}:`);
  for (const post of findPostsHeld(personId, { asOf: "2025-11" })) console.log(`  ${post.title}`);
}

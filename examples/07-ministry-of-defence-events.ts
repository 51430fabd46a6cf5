// Question 7: every event involving Vietnam's Ministry of National Defense, its minister's included.
import { findEventsInvolving, findPostsIn } from "vietnam-us-relations";

const ministry = "org:vietnam-ministry-of-national-defence";
for (const { person, post } of findPostsIn(ministry)) console.log(`post holder: ${person.name}, ${post.title}`);
for (const event of findEventsInvolving(ministry, { viaPosts: true })) console.log(`${event.date}  ${event.title}`);

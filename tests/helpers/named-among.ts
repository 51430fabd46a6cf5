/**
 * The ids of `found` that are among `named`, in `found`'s order. A value test names exactly the facts it checks
 * and their order (`expect(namedAmong(found, NAMED)).toEqual(NAMED)`), while records a new document adds may join
 * the answer; pair it with a check that every record of the answer belongs there, so that a wrong extra fails.
 */
export function namedAmong(found: readonly { readonly id: string }[] | undefined, named: readonly string[]): string[] {
  return (found ?? []).map((record) => record.id).filter((id) => named.includes(id));
}

/** Whether a record (with its posts, death and nested citations) cites the source. */
export function cites(record: unknown, sourceId: string): boolean {
  return JSON.stringify(record).includes(`"documentId":${JSON.stringify(sourceId)}`);
}

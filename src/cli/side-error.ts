/**
 * A problem the user can fix (a bad argument, a missing or hostile file, an unreachable version): the command
 * prints its message alone, without a stack trace, and exits 1.
 *
 * @example
 * ```ts
 * throw new SideError("./old.tgz does not exist");
 * ```
 */
export class SideError extends Error {
  override readonly name = "SideError";
}

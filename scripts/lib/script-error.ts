/**
 * A failure the person running a script fixes (a missing document, a file not listed, a bad argument), as opposed
 * to a bug in the script: {@link runScript} prints its message as one line, with no stack trace.
 */
export class ScriptError extends Error {
  override readonly name = "ScriptError";
}

/**
 * Runs a script's body; a {@link ScriptError} ends it with `<script>: <message>` on stderr and exit code 1. Any other
 * error is a bug and keeps its stack trace.
 */
export async function runScript(script: string, body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    console.error(`${script}: ${error.message}`);
    process.exit(1);
  }
}

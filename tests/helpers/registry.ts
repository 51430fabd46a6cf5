/**
 * A real npm registry for one test file: Verdaccio, run in the test's own process (so it cannot outlive it) on
 * 127.0.0.1 with a random port, storage in a temporary folder, no uplinks (nothing is fetched from or published to
 * anywhere else), and anonymous publishing. npm commands reach it only through the npmrc it writes, passed as
 * `NPM_CONFIG_USERCONFIG` / `npm_config_registry` in `env` — never through the user's own configuration.
 */
import type { Server } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServer } from "verdaccio";

/** A running registry and how to point npm at it. */
export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** The npmrc that points npm at the registry, with a placeholder token for publishing. */
  readonly npmrc: string;
  /** Environment variables that send npm (and changesets, which runs npm) to this registry only; see `withRegistry`. */
  readonly env: Record<string, string>;
  /** Stops the server and deletes its storage. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts Verdaccio on 127.0.0.1 (a free port) with its storage in a new temporary folder. */
export async function startRegistry(): Promise<LocalRegistry> {
  const dir = await mkdtemp(join(tmpdir(), "vur-registry-"));
  let server: Server | undefined;
  const stop = async () => {
    if (server?.listening) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const configuration = {
      self_path: join(dir, "config.yaml"),
      storage: join(dir, "storage"),
      uplinks: {},
      packages: { "**": { access: "$all", publish: "$anonymous", unpublish: "$anonymous" } },
      auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: -1 } },
      web: { enable: false },
      log: { type: "stdout", format: "pretty", level: "fatal" },
    };
    server = (await runServer(configuration)) as Server;
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/`;
    const npmrc = join(dir, "npmrc");
    await writeFile(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=placeholder-token\n`);
    // A cache of its own, so that tarballs of the same name and version from earlier runs never stand in.
    // Lower-case keys: they replace the same keys that `npm test` exports to its children (npm_config_userconfig…).
    const env = { npm_config_userconfig: npmrc, npm_config_registry: url, npm_config_cache: join(dir, "npm-cache"), npm_config_update_notifier: "false" };
    return { url, npmrc, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * An environment for child processes that talk to `registry` only: `base` (e.g. the suite's `childEnv()`) without
 * any upper-case NPM_CONFIG_* setting that could compete with the registry's own, plus the registry's settings.
 */
export function withRegistry(registry: LocalRegistry, base: NodeJS.ProcessEnv, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(base).filter(([key]) => !/^NPM_CONFIG_/.test(key)));
  return { ...env, ...registry.env, ...extra };
}

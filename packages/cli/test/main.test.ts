import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COMMANDS } from "../src/commands/index.ts";
import { EXIT, exitStatusFor } from "../src/exit.ts";
import { runCli } from "./run-cli.ts";

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as {
  version: string;
};

afterEach(() => {
  vi.restoreAllMocks();
});

/** Spies on every command module's loader. */
const spyOnLoaders = () => COMMANDS.map((entry) => vi.spyOn(entry, "load"));

describe("chiproad main", () => {
  it("answers an unknown command with the bad-input status instead of throwing", async () => {
    const r = await runCli("no-such-command");
    expect(r.status).toBe(EXIT.badInput);
    expect(r.stderr).toContain("unknown command");
  });

  it("maps error codes to documented exit statuses", () => {
    const coded = (code: string) => Object.assign(new Error("x"), { code });
    expect(exitStatusFor(coded("BAD_INPUT"))).toBe(2);
    expect(exitStatusFor(coded("NOT_FOUND"))).toBe(2);
    expect(exitStatusFor(coded("INFEASIBLE"))).toBe(1);
    expect(exitStatusFor(new TypeError("bug"))).toBe(3);
  });

  it("prints the package version for --version and -V", async () => {
    for (const flag of ["--version", "-V"]) {
      const r = await runCli(flag);
      expect(r).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: "" });
    }
  });

  it("lists every command in --help without loading any command module", async () => {
    const loaders = spyOnLoaders();
    const r = await runCli("--help");
    expect(r.status).toBe(0);
    for (const entry of COMMANDS) expect(r.stdout).toContain(`  ${entry.name} ${entry.usage}`);
    for (const load of loaders) expect(load).not.toHaveBeenCalled();
    await runCli("--version");
    await runCli("no-such-command");
    for (const load of loaders) expect(load).not.toHaveBeenCalled();
  });

  it("loads only the module of the command that runs (or whose help is asked for)", async () => {
    const loaders = spyOnLoaders();
    const chain = COMMANDS.findIndex((c) => c.name === "chain");
    expect((await runCli("help", "chain")).status).toBe(0);
    expect((await runCli("chain", "gaps", "--help")).status).toBe(0);
    loaders.forEach((load, i) => {
      expect({ command: COMMANDS[i]?.name, calls: load.mock.calls.length }).toEqual({
        command: COMMANDS[i]?.name,
        calls: i === chain ? 2 : 0,
      });
    });
  });

  it("lists each command with the usage its module defines", async () => {
    for (const entry of COMMANDS) {
      const command = new Command(entry.name);
      (await entry.load())(command, () => {});
      expect({ name: entry.name, usage: command.usage() }).toEqual({ name: entry.name, usage: entry.usage });
    }
  });
});

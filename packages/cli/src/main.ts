import { Command, CommanderError } from "commander";
import manifest from "../package.json" with { type: "json" };
import { COMMANDS } from "./commands/index.ts";
import { EXIT, reportError } from "./exit.ts";

/** The command the arguments name (`plan` in `plan x.yaml` and in `help plan`); global options take no value. */
function requestedCommand(args: readonly string[]): string | undefined {
  const operands = args.filter((a) => !a.startsWith("-"));
  return operands[0] === "help" ? operands[1] : operands[0];
}

/**
 * Runs the CLI and resolves to its exit status (never throws for user mistakes). Only the module of
 * the command that runs is imported; the others are listed from `COMMANDS` alone.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let status: number = EXIT.ok;
  const setStatus = (s: number) => {
    status = s;
  };
  const program = new Command("chiproad")
    .description("Plan the localization of microelectronics production through lawful partnerships.")
    .version(manifest.version, "-V, --version", "print the chiproad version")
    .exitOverride()
    // Options belong to the command they follow (`screen diff --format text` is diff's --format).
    .enablePositionalOptions()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .configureHelp({ subcommandTerm: (c) => `${c.name()} ${c.usage()}` });
  const wanted = requestedCommand(argv.slice(2));
  try {
    for (const entry of COMMANDS) {
      const command = program
        .command(entry.name)
        .usage(entry.usage)
        .summary(entry.summary)
        .description(entry.summary);
      if (entry.name === wanted) (await entry.load())(command, setStatus);
    }
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    return reportError(error);
  }
  return status;
}

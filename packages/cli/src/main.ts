import { Command, CommanderError } from "commander";
import { commands } from "./commands/index.ts";
import { EXIT, reportError } from "./exit.ts";

/** Runs the CLI and resolves to its exit status (never throws for user mistakes). */
export async function main(argv: readonly string[]): Promise<number> {
  let status: number = EXIT.ok;
  const program = new Command("chiproad")
    .description("Plan the localization of microelectronics production through lawful partnerships.")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commands) {
    register(program, (s) => {
      status = s;
    });
  }
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    return reportError(error);
  }
  return status;
}

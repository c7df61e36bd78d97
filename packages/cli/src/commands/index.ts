import type { Command } from "commander";
import { register as chainCommands } from "./chain.ts";
import { register as marketCommands } from "./market.ts";
import { register as planCommands } from "./plan.ts";
import { register as scenarioCommands } from "./scenario.ts";
import { register as screenCommand } from "./screen.ts";
import { register as serveCommand } from "./serve.ts";
import { register as benchCommand } from "./bench.ts";
import { register as solveCommand } from "./solve.ts";

/** A command module adds its subcommands to the program; `setStatus` sets the process exit status. */
export type RegisterCommand = (program: Command, setStatus: (status: number) => void) => void;

export const commands: RegisterCommand[] = [
  scenarioCommands,
  solveCommand,
  benchCommand,
  marketCommands,
  chainCommands,
  screenCommand,
  planCommands,
  serveCommand,
];

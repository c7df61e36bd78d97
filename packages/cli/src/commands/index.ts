import type { Command } from "commander";

/** A command module adds its subcommands to the program; `setStatus` sets the process exit status. */
export type RegisterCommand = (program: Command, setStatus: (status: number) => void) => void;

export const commands: RegisterCommand[] = [];

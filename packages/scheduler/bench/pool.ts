/**
 * A fixed pool of worker processes (worker.ts), each solving one task at a time. Separate
 * processes rather than threads: a crashed or runaway solve takes down only its worker (which
 * is replaced), and each process has its own heap and its own compiled MiniZinc module. The
 * pool lives for the whole run, so every phase measures the same loaded engine code even if
 * the source tree changes meanwhile.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { budgetLabel, type Task, type TaskResult } from "./task.ts";

const workerFile = fileURLToPath(new URL("./worker.ts", import.meta.url));

interface Slot {
  child: ChildProcess;
  task?: Task | undefined;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private queue: Task[] = [];
  private onDone: ((result: TaskResult) => void) | undefined;
  private idle: (() => void) | undefined;

  constructor(size: number) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  /** Runs the tasks, calling `onResult` as each finishes; resolves when all are done. */
  run(tasks: readonly Task[], onResult: (result: TaskResult) => void): Promise<void> {
    this.queue = [...tasks];
    this.onDone = onResult;
    return new Promise<void>((resolve) => {
      this.idle = resolve;
      for (const slot of this.slots) if (!slot.task) this.next(slot);
      this.checkIdle();
    });
  }

  close(): void {
    for (const slot of this.slots) {
      slot.task = undefined;
      if (slot.child.connected) slot.child.disconnect();
    }
  }

  private spawn(): Slot {
    const slot: Slot = { child: fork(workerFile, [], { execArgv: ["--import", "tsx"], stdio: "inherit" }) };
    slot.child.on("message", (message: { id: number; result: TaskResult }) => {
      if (slot.task?.id === message.id) this.finish(slot, message.result);
    });
    slot.child.on("exit", (code, signal) => {
      const task = slot.task;
      if (!task) return;
      // The worker died mid-task (e.g. out of memory): record it and carry on with a new one.
      const replacement = this.spawn();
      this.slots[this.slots.indexOf(slot)] = replacement;
      this.finish(replacement, {
        solver: task.solver,
        set: task.set,
        instance: task.instance,
        budget: budgetLabel(task.budget),
        status: "error",
        feasible: false,
        wallMs: 0,
        criticalPath: 0,
        error: `worker exited (${signal ?? code}) during the task`,
      });
    });
    return slot;
  }

  private finish(slot: Slot, result: TaskResult): void {
    slot.task = undefined;
    this.onDone?.(result);
    this.next(slot);
    this.checkIdle();
  }

  private next(slot: Slot): void {
    const task = this.queue.shift();
    if (!task) return;
    slot.task = task;
    slot.child.send(task);
  }

  private checkIdle(): void {
    if (this.queue.length === 0 && this.slots.every((slot) => !slot.task)) {
      const idle = this.idle;
      this.idle = undefined;
      idle?.();
    }
  }
}

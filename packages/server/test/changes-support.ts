// Shared by the tests of what is kept between requests (read-cache.test.ts, response-cache.test.ts).
import type { ChangeEvent, ChangeFeed, Database } from "@chiproad/db";

/** A feed the test drives by hand. */
export function handFeed(): ChangeFeed & { say(event: ChangeEvent): void } {
  let on: ((event: ChangeEvent) => void) | undefined;
  return {
    subscribe(listener) {
      on = listener;
      return () => {
        on = undefined;
      };
    },
    async close() {},
    say: (event) => on?.(event),
  };
}

/** Asks `read` until `done` holds (at most 5 s); returns the last answer. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resolves once `db`'s change feed listens. */
export async function listening(db: Database): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = db.changes?.subscribe((event) => {
      if (event === "listening") {
        queueMicrotask(() => stop?.());
        resolve();
      }
    });
  });
}

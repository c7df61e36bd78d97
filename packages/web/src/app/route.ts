import { useCallback, useEffect, useState } from "react";

export const PAGES = [
  "overview",
  "market",
  "chain",
  "partners",
  "models",
  "roadmap",
  "risk",
  "sweeps",
  "agreements",
  "working-groups",
  "tracking",
  "editor",
  "users",
] as const;
/** Pages only an admin sees in the navigation (the server refuses the calls to anyone else). */
export const ADMIN_PAGES: readonly PageId[] = ["users"];
export type PageId = (typeof PAGES)[number];

/** The whole navigation state lives in the URL hash, so every view can be linked and reloaded. */
export interface Route {
  page: PageId;
  scenario: string | null;
}

function isPage(value: string): value is PageId {
  return (PAGES as readonly string[]).includes(value);
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, "");
  const [path = "", search = ""] = body.split("?", 2);
  const page = decodeURIComponent(path);
  const scenario = new URLSearchParams(search).get("s");
  return { page: isPage(page) ? page : "overview", scenario: scenario || null };
}

export function formatHash(route: Route): string {
  const search = route.scenario ? `?${new URLSearchParams({ s: route.scenario }).toString()}` : "";
  return `#/${route.page}${search}`;
}

export function useRoute(): [Route, (next: Partial<Route>) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  const navigate = useCallback((next: Partial<Route>) => {
    const target = formatHash({ ...parseHash(window.location.hash), ...next });
    if (target !== window.location.hash) window.location.hash = target;
  }, []);
  return [route, navigate];
}

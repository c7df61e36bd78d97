// The web app is an application, not a library: this front door only exposes its HTTP client and
// the API shapes it reads, for scripts that want to drive a chiproad server the same way the UI does.
export { ApiProblem } from "./api/client.ts";
export { api } from "./api/endpoints.ts";
export type * from "./api/types.ts";

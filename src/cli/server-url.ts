/** Where a command finds Stepwise when neither --server nor STEPWISE_URL says otherwise. */
export const DEFAULT_SERVER = "http://127.0.0.1:3000";

/** The server a command talks to: --server, else STEPWISE_URL, else the default; no trailing slash. */
export function serverUrl(option: string | undefined): string {
  return (option ?? process.env.STEPWISE_URL ?? DEFAULT_SERVER).replace(/\/+$/, "");
}

/** The message for a server that does not answer. */
export const unreachable = (server: string) =>
  `cannot reach Stepwise at ${server}. Start it with "npm start", or pass --server <URL>.`;

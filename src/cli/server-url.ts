/** Where a command finds Stepwise when nothing else says: `npm start`'s address, on PORT when that is set. */
export const DEFAULT_SERVER = `http://127.0.0.1:${process.env.PORT || 3000}`;

/**
 * The server a command talks to: --server, else the one a downloaded folder was made for (the more
 * specific choice), else STEPWISE_URL, else the default; no trailing slash.
 */
export function serverUrl(option: string | undefined, remembered?: string): string {
  return (option ?? remembered ?? process.env.STEPWISE_URL ?? DEFAULT_SERVER).replace(/\/+$/, "");
}

/** The message for a server that does not answer. */
export const unreachable = (server: string) =>
  `cannot reach Stepwise at ${server}. Start it with "npm start", or pass --server <URL>.`;

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** A message Stepwise sends: a verification link, a password reset. */
export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Where mail goes; the accounts code knows nothing else about it. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
}

/**
 * Keeps every message as a file in `<dataDir>/mail/` (and says so in the log): for a laptop, a
 * classroom without a mail server, and the tests, which read the links from there.
 */
export function fileMailSender(dataDir: string, log: (message: string) => void): MailSender {
  const dir = join(dataDir, "mail");
  let count = 0;
  return {
    async send(mail) {
      await mkdir(dir, { recursive: true });
      count += 1;
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${count}.txt`;
      await writeFile(join(dir, name), `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`, { mode: 0o600 });
      log(`mail to ${mail.to} ("${mail.subject}") kept in ${join(dir, name)}`);
    },
  };
}

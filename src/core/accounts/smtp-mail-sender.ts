import { createTransport } from "nodemailer";
import type { MailSender } from "./mail-sender.js";

/**
 * Sends Stepwise's mail through an SMTP server (nodemailer). A failed send is logged, never thrown:
 * a password reset must answer the same whether the account exists (and so mail went out) or not.
 */
export function smtpMailSender(smtpUrl: string, from: string, logError: (message: string) => void): MailSender {
  const transport = createTransport(smtpUrl);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      } catch (error) {
        // The URL may hold a password: name the server by host only.
        const host = new URL(smtpUrl).host;
        logError(
          `mail to ${mail.to} ("${mail.subject}") could not be sent through ${host}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}

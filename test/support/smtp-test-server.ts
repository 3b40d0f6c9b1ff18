import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process: keeps what it accepts, refuses what it is told to. */
export interface SmtpTestServer {
  received: ParsedMail[];
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Answer every mail with 421 (try again later) while true. */
  refuseEverything: boolean;
  /** Mails refused so far (421 or 550). */
  refusals: number;
  /** Waits until a received mail matches. */
  waitFor(match: (mail: ParsedMail) => boolean, what: string): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** Starts the server; `refusedAddress` always gets 550 (no such mailbox). */
export async function startSmtpTestServer(options: { refusedAddress?: string } = {}): Promise<SmtpTestServer> {
  const state: SmtpTestServer = {
    received: [],
    url: '',
    refuseEverything: false,
    refusals: 0,
    async waitFor(match, what) {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const mail = state.received.find(match);
        if (mail) return mail;
        await sleep(100);
      }
      throw new Error(`no mail ${what}; received: ${state.received.map((m) => `${m.subject} → ${JSON.stringify(m.to)}`).join(' | ') || 'nothing'}`);
    },
    close: async () => undefined,
  };
  const refuse = (callback: (error?: Error | null) => void, code: number, message: string) => {
    state.refusals += 1;
    callback(Object.assign(new Error(message), { responseCode: code }));
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.refuseEverything) return refuse(callback, 421, 'service not available, try again later');
      if (address.address === options.refusedAddress) return refuse(callback, 550, 'mailbox unavailable');
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => state.received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

/** Whether a mail went to an address. */
export function sentTo(mail: ParsedMail, address: string): boolean {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.some((group) => group.value.some((entry) => entry.address === address));
}

/**
 * Debian's Chromium through playwright-core (no browser download), as the browser tests and the
 * benchmark both start it: same binary, same flags, and for Lighthouse a DevTools port to connect to.
 */
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: CHROMIUM_PATH, or Debian's package. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags for a closed network as root: no sandbox, no background calls to Google services.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts a headless Chromium, with extra command-line flags if given. */
export const launchChromium = (extraArgs: string[] = []): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: [...ARGS, ...extraArgs] });

/** A free TCP port on 127.0.0.1. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Starts Chromium with a DevTools port Lighthouse can connect to. */
export const launchForLighthouse = async (): Promise<{ browser: Browser; port: number }> => {
  const port = await freePort();
  const browser = await launchChromium([`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1']);
  return { browser, port };
};

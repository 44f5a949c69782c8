/** Whether a script module was run as the program (not imported by a test). */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when `moduleUrl` (pass `import.meta.url`) is the script node was started with; symlinks resolved. */
export const invokedDirectly = (moduleUrl: string): boolean => {
  const script = process.argv[1];
  return script !== undefined && existsSync(script) && realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
};

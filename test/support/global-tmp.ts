// Every test run gets a temporary folder of its own, made TMPDIR for the test processes and the
// beishen processes they start, and removed when the run ends: tests create hundreds of output,
// cache and rule folders, and a machine running the suite daily must not keep them.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'beishen-tests-'));
  // Tests run as root step down to the user nobody, who must reach the folders made inside.
  chmodSync(dir, 0o755);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

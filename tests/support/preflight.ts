import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Apache PDFBox Preflight (Debian `libpdfbox2-java`), the PDF/A-1b validator available offline here (guide §4;
 * veraPDF is not packaged). Tests call `preflightUnavailable()` first and skip with its reason when Java or a jar
 * is missing; everything else must validate.
 */

const JARS = ['preflight.jar', 'pdfbox2.jar', 'fontbox2.jar', 'xmpbox.jar', 'commons-logging.jar', 'javax.activation.jar', 'jaxb-api.jar'];

function jarDir(): string {
  try {
    const listed = execFileSync('dpkg', ['-L', 'libpdfbox2-java'], { encoding: 'utf8' });
    const preflight = listed.split('\n').find((line) => line.endsWith('/preflight.jar'));
    if (preflight) return dirname(preflight);
  } catch {
    // not Debian, or the package is missing: try the usual folder
  }
  return '/usr/share/java';
}

let cachedClasspath: string | null | undefined;
let missing = '';

function classpath(): string | null {
  if (cachedClasspath !== undefined) return cachedClasspath;
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    missing = 'java not found (apt-get install openjdk-17-jre-headless)';
    return (cachedClasspath = null);
  }
  const dir = jarDir();
  const absent = JARS.filter((jar) => !existsSync(join(dir, jar)));
  if (absent.length > 0) {
    missing = `missing ${absent.join(', ')} in ${dir} (apt-get install libpdfbox2-java libactivation-java libjaxb-api-java)`;
    return (cachedClasspath = null);
  }
  return (cachedClasspath = JARS.map((jar) => join(dir, jar)).join(':'));
}

/** Why Preflight cannot run here, or null when it can. */
export function preflightUnavailable(): string | null {
  return classpath() === null ? missing : null;
}

export interface PreflightResult {
  valid: boolean;
  /** Error codes Preflight printed (`code : message` lines), e.g. `7.11.2`. */
  codes: string[];
  output: string;
}

/** Validates `file` as PDF/A-1b: valid = exit 0 with "is a valid PDF/A-1b file". */
export function preflightA1b(file: string): PreflightResult {
  const cp = classpath();
  if (cp === null) throw new Error(`PDFBox Preflight unavailable: ${missing}`);
  const run = spawnSync('java', ['-cp', cp, 'org.apache.pdfbox.preflight.Validator_A1b', file], { encoding: 'utf8', timeout: 120_000 });
  const output = `${run.stdout}${run.stderr}`;
  const codes = [...output.matchAll(/^\s*(\d+(?:\.\d+)*)\s*:/gm)].map((m) => m[1] ?? '');
  return { valid: run.status === 0 && output.includes('is a valid PDF/A-1b file'), codes, output };
}

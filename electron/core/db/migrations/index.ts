import type { Migration } from './Migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-scanning';
import { migration0003 } from './0003-page-pipeline';
import { migration0004 } from './0004-pdf-page-images';

/** Every migration, in version order. Add a new file `000N-name.ts` and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];

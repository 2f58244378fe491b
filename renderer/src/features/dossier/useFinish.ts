import { useCallback, useState } from 'react';
import { station } from '../../bridge';

/** dossiers.finish: refused with `dossier/page-count-mismatch` while a document's pages differ from its counted sheets. */
export function useFinish(code: string, onDone: () => void): { finish(): void; error: unknown; busy: boolean; done: boolean } {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const finish = useCallback(() => {
    setBusy(true);
    setError(null);
    setDone(false);
    station.dossiers.finish({ code }).then(
      () => { setDone(true); onDone(); },
      (err: unknown) => setError(err),
    ).finally(() => setBusy(false));
  }, [code, onDone]);
  return { finish, error, busy, done };
}

import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Runs `load` whenever `deps` (primitives) change, and on `reload()`. Answers for an older key are dropped, so a
 * fast typist never sees the results of an earlier search; the previous data stays visible while loading.
 */
export function useQuery<T>(load: () => Promise<T>, deps: readonly (string | number | boolean | null | undefined)[]): QueryState<T> {
  const [tick, setTick] = useState(0);
  const key = JSON.stringify([...deps, tick]);
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: unknown }>({ key: null, data: undefined, error: null });
  const run = useEffectEvent(() => load());
  useEffect(() => {
    let live = true;
    run().then(
      (data) => { if (live) setState({ key, data, error: null }); },
      (error: unknown) => { if (live) setState((s) => ({ key, data: s.data, error })); },
    );
    return () => { live = false; };
  }, [key]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.key !== key, reload };
}

import { useEffect, useState } from 'react';
import { station } from '../../bridge';
import { useDebounced } from '../../hooks/useDebounced';
import type { ProfileDraft } from './draft';

export interface ProfileCheck { problems: readonly string[] | null; error: unknown; checking: boolean }

/** Live profiles.validate against the profile's scanner (debounced): Vietnamese problems, empty when valid. */
export function useProfileCheck(draft: ProfileDraft, locallyValid: boolean): ProfileCheck {
  const key = useDebounced(JSON.stringify(draft), 300);
  const [state, setState] = useState<{ key: string; problems: readonly string[] | null; error: unknown }>({ key: '', problems: null, error: null });
  useEffect(() => {
    const profile = JSON.parse(key) as ProfileDraft;
    if (!profile.device || !locallyValid) return undefined;
    let live = true;
    station.profiles.validate({ profile, device: profile.device }).then(
      (r) => { if (live) setState({ key, problems: r.problems, error: null }); },
      (error: unknown) => { if (live) setState({ key, problems: null, error }); },
    );
    return () => { live = false; };
  }, [key, locallyValid]);
  if (!draft.device || !locallyValid) return { problems: null, error: null, checking: false };
  const current = state.key === key;
  return { problems: current ? state.problems : null, error: current ? state.error : null, checking: !current };
}

export type ImageMode = 'both' | 'cleaned' | 'original';

/** O cycles through the three image views. */
export function nextImageMode(mode: ImageMode): ImageMode {
  return mode === 'both' ? 'cleaned' : mode === 'cleaned' ? 'original' : 'both';
}

export const IMAGE_MODE_LABEL = { both: 'viewer.both', cleaned: 'viewer.cleaned', original: 'viewer.original' } as const;

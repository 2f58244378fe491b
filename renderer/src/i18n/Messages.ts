import type { vi } from './vi';

/** The UI text keys; Vietnamese defines them, every other language must provide all of them. */
export type MessageKey = keyof typeof vi;
export type Messages = { readonly [K in MessageKey]: string };
export type Lang = 'vi' | 'en';
export type Params = Readonly<Record<string, string | number>>;

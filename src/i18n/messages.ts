import type { en } from './en';

/** French and every other language must provide exactly the keys of the English file. */
export type Messages = typeof en;

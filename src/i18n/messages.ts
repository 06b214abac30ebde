import type { en } from './en';

/** French and every other language must provide exactly the keys of the English file. */
export type Messages = typeof en;

/** The messages the app's screens load: all but the report's and the command line's. */
export type AppMessages = Omit<Messages, 'report' | 'cli'>;

/** The part of the app's messages that screens loaded later bring with them. */
export type ExtraMessages = Pick<Messages, 'analysis' | 'plan' | 'workshop'>;

/** What the app loads on start. */
export type CoreMessages = Omit<AppMessages, keyof ExtraMessages>;

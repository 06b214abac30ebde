// The words of the analysis, action-plan and workshop screens, loaded with those screens.
import type { ExtraMessages } from '../messages';
import { analysis } from './analysis';
import { plan } from './plan';
import { workshop } from './workshop';

export const frExtra: ExtraMessages = { analysis, plan, workshop };

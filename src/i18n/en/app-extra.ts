// The words of the analysis, action-plan and workshop screens, loaded with those screens.
import { analysis } from './analysis';
import { plan } from './plan';
import { workshop } from './workshop';

export const enExtra = { analysis, plan, workshop };

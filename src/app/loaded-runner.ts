import type { RunAuditScreen } from '../features/run-audit/run-audit-screen';

// The questionnaire screen once its code has loaded: a deep link loads it before the first
// render (main.ts), and the route then renders it directly, with no suspended lazy pass.
let loaded: typeof RunAuditScreen | undefined;

export function setLoadedRunner(screen: typeof RunAuditScreen): void {
  loaded = screen;
}

export function loadedRunner(): typeof RunAuditScreen | undefined {
  return loaded;
}

import { parseTemplateText, type TemplateParseResult } from '../domain';

export type FetchTemplateResult = TemplateParseResult | { ok: false; unavailable: true };

/** Fetches a template shipped with the app (same origin, cached offline) and validates it. */
export async function fetchShippedTemplate(file: string, base: string = import.meta.env.BASE_URL): Promise<FetchTemplateResult> {
  try {
    const response = await fetch(`${base}${file}`);
    if (!response.ok) return { ok: false, unavailable: true };
    return parseTemplateText(await response.text());
  } catch {
    return { ok: false, unavailable: true };
  }
}

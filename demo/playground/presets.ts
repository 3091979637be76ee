// The presets: complete, valid configs kept as JSON files beside the playground (demo/presets/*.json).

export interface Preset {
  readonly id: string;
  readonly name: string;
}

export const PRESETS: readonly Preset[] = [
  { id: 'annual-report', name: 'Annual spending report: credit scoring, partner sharing, offers (en, zh-CN)' },
  { id: 'news-site', name: 'News site cookies: analytics, ads, personalisation, social embeds (en, de, fr)' },
  { id: 'health-app', name: 'Health app: sensitive data, separate consent, an insurer (en, ar)' },
];

export const DEFAULT_PRESET = 'annual-report';

export function isPreset(id: string | undefined): id is string {
  return PRESETS.some((preset) => preset.id === id);
}

export function presetUrl(id: string): URL {
  return new URL(`../presets/${id}.json`, import.meta.url);
}

/** The preset's JSON text, as written in its file. */
export async function loadPreset(id: string): Promise<string> {
  if (!isPreset(id)) throw new Error(`There is no preset "${id}".`);
  const response = await fetch(presetUrl(id));
  if (!response.ok) throw new Error(`The preset "${id}" could not be loaded (HTTP ${response.status}).`);
  return response.text();
}

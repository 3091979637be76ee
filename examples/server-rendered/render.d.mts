// Types of render.mjs for TypeScript callers that do not check JavaScript.
export function jsonForScript(value: unknown): string;
export function renderConsentPrompt(config: unknown, options?: { layout?: 'banner' | 'dialog' | 'inline' }): string;
export function renderPage(
  config: unknown,
  options?: { scriptSrc?: string; pageScriptSrc?: string; stylesheetHref?: string },
): string;

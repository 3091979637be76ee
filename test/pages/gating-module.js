// A gated external module script: logs the `name` in its own URL.
(window.__gatingLog = window.__gatingLog || []).push(new URL(import.meta.url).searchParams.get('name'));

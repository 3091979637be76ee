// A gated external test script: logs the `name` in its own URL, so one file can stand for many scripts.
(window.__gatingLog = window.__gatingLog || []).push(new URL(document.currentScript.src).searchParams.get('name'));

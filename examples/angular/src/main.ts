// JIT: the template is compiled in the browser, so this example builds with esbuild alone. An Angular CLI app
// compiles it ahead of time instead and leaves this import out; everything else is the same.
import '@angular/compiler';
import 'unticked/define';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component.js';

bootstrapApplication(AppComponent).catch((error: unknown) => console.error(error));

/**
 * The script-tag build's entry (`dist/unticked.min.js`): registers the elements and exposes the API.
 */
import './define.js';

export * from './index.js';

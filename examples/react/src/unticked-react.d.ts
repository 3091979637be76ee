// JSX types for unticked's elements in React 19, shipped by the package: one type-only import is all it takes.
import type {} from 'unticked/react';

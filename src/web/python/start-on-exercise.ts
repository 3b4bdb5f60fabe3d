// The built page's first script (its own entry, see vite.config.ts), and the app entry's first
// import for `npm run dev`: a visit that opens on an exercise page (the route
// "exercises/:exerciseId" in main.tsx) starts the Python worker before React, the router and the
// rest of the app have been fetched and run. Later navigations to an exercise start it from that
// route's loader.
import { startPythonEarly } from "./worker-handle.js";

if (window.location.pathname.startsWith("/exercises/")) startPythonEarly();

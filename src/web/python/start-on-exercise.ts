// The entry script's first import, so that it runs before React and the router are evaluated
// (about 0.2 s on a 2-core machine): a visit that opens on an exercise page (the route
// "exercises/:exerciseId" in main.tsx) starts the Python worker at once. Later navigations to an
// exercise start it from that route's loader.
import { startPythonEarly } from "./worker-handle.js";

if (window.location.pathname.startsWith("/exercises/")) startPythonEarly();

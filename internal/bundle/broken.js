// A module Comet could not bundle or compile (internal/bundle/broken.go).
// It stands in for the real module so the rest of the project still runs:
// evaluating it throws the error, so every route that imports it fails
// with that error, and no other route does. It has no import or export, so
// esbuild accepts any import of it.
throw Object.assign(new Error(__MESSAGE__), __DETAILS__);

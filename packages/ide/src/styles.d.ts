// Style sheets are bundled by esbuild (build.mjs), not imported as values.
declare module "*.css";

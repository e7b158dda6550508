/**
 * `astro build` makes production bundles whatever NODE_ENV the shell or a test runner left behind.
 *
 * React picks its development or production build from process.env.NODE_ENV when it is first
 * loaded, and Vite decides the client bundles (react-dom's development bundle, jsx-dev-runtime)
 * from it too, setting it itself only when nothing else has. vitest sets NODE_ENV=test, so the site
 * the browser tests built, and any build started from a shell with NODE_ENV=development, shipped
 * React's development build (391 KB instead of 209 KB). A build is a production build: this module
 * says so when astro.config.ts is loaded for `astro build`, before anything has loaded React.
 * It must be astro.config.ts's first import.
 */
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (command === 'build' && process.env['NODE_ENV'] !== 'production') {
  console.info(`[production-build] NODE_ENV was "${process.env['NODE_ENV'] ?? ''}"; building for production`);
  process.env['NODE_ENV'] = 'production';
}

export {};

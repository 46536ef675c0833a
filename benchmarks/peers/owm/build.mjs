// Bundle entry.jsx with the engine and React into owm.js for page.html (run by compare.py).
//
// wmlandscape's CommonJS build calls require('@mui/icons-material/X') and
// require('@emotion/is-prop-valid') and uses the result as the component or function itself,
// which only works where the bundler unwraps `default`; the plugin below does that, and
// next/router is replaced by next-router.js, so Next.js is not needed.
import {build} from 'esbuild';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'package.json'));

const unwrapDefault = {
  name: 'unwrap-default',
  setup(b) {
    b.onResolve({filter: /^(@mui\/icons-material\/[A-Za-z]+|@emotion\/is-prop-valid)$/}, args =>
      args.namespace === 'unwrap' ? undefined : {path: args.path, namespace: 'unwrap'},
    );
    b.onLoad({filter: /.*/, namespace: 'unwrap'}, args => ({
      contents: `const m = require(${JSON.stringify(require.resolve(args.path))});
module.exports = m && m.default ? m.default : m;`,
      resolveDir: here,
    }));
  },
};

await build({
  entryPoints: [path.join(here, 'entry.jsx')],
  outfile: path.join(here, 'owm.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  logLevel: 'warning',
  loader: {'.js': 'jsx'},
  define: {'process.env.NODE_ENV': '"production"'},
  banner: {js: "var process = {env: {NODE_ENV: 'production'}};"},
  alias: {'next/router': path.join(here, 'next-router.js')},
  plugins: [unwrapDefault],
});

/**
 * Builds the task pane (Office add-in conventions, as in Microsoft's Office-Addin-TaskPane-React
 * template): `npm run dev-server` / `npm start` serve it on https://localhost:3000 with the
 * office-addin-dev-certs certificate; `npm run serve` serves it on http://localhost:3000 with no
 * certificate (the pane in a browser, file mode); `npm run build` writes the production add-in to dist/
 * (taskpane.html, js/, assets/, manifest.xml with PRODUCTION_ORIGIN instead of localhost).
 *
 * dist/ is shared with the command line build (tsc writes dist/cli.js, dist/core/ …), so the
 * clean step only removes what this config produces.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** Development origin: what manifest.xml says and what the dev server listens on. */
const DEV_ORIGIN = 'https://localhost:3000';
/**
 * Production origin: a placeholder until the add-in has a host. Set PLANIFICA_ORIGIN when
 * building for a real deployment (`PLANIFICA_ORIGIN=https://planifica.gob.gt npm run build`).
 */
const PRODUCTION_ORIGIN = process.env.PLANIFICA_ORIGIN || 'https://planifica.example.org';
const DEV_SERVER_PORT = 3000;

/** What this config writes into dist/ (the rest of dist/ belongs to the command line build). */
const OWN_OUTPUT = /^(taskpane\.html|js\/|assets\/|docs\/|manifest\.xml)/;

async function httpsOptions() {
  // Loaded lazily: a production build never needs the certificate tooling.
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // Installing the certificate needs administrator rights (sudo): say so in one line.
    const reason = String((error && error.message) || error).split('\n')[0];
    process.stderr.write(
      `npm run dev-server: no se pudo instalar el certificado https (${reason}); ` +
        'sin permisos de administrador use `npm run serve` (http, el panel en modo archivo).\n',
    );
    process.exit(1);
  }
}

/** The server: https with the dev certificate (for Excel), or plain http with `--env http` (`npm run serve`). */
async function serverOptions(http) {
  return http ? { type: 'http' } : { type: 'https', options: await httpsOptions() };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = process.argv.some((arg) => arg === 'serve');
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? 'js/[name].js' : 'js/[name].[contenthash:8].js',
      chunkFilename: dev ? 'js/[name].js' : 'js/[name].[contenthash:8].js',
      publicPath: '',
      clean: { keep: (asset) => !OWN_OUTPUT.test(asset) },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // TypeScript's node16 resolution wants "./x.js" in dynamic imports; the file is x.ts.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // Node built-ins never reach the pane: ExcelJS comes as its prebuilt browser bundle.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs transpiled ES modules
              // (so webpack can split ExcelJS into its own chunk and shake unused code).
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: 'esnext', moduleResolution: 'bundler', sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: { hints: false }, // the budget is scripts/bundle-size.js's job (gzipped sizes)
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Each finding's "Detalles" links to its rule's page (docs/rules/<group>/<name>.md).
          { from: 'docs/rules', to: 'docs/rules' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_ORIGIN).join(PRODUCTION_ORIGIN)),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await serverOptions(Boolean(env && env.http)),
          open: false,
          static: { directory: path.resolve(__dirname, 'dist'), publicPath: '/' },
        }
      : undefined,
  };
};

module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.PRODUCTION_ORIGIN = PRODUCTION_ORIGIN;

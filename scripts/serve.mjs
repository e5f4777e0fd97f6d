// `npm start`: serves the repository (demo pages, data, dist) and prints the demo's URL.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://localhost:${server.config.port}`;
console.log(`\n  Demo article:  ${url}/demo/index.html\n  CDN embed:     ${url}/demo/embed.html\n  Gallery:       ${url}/demo/gallery.html\n\n  Ctrl-C to stop.\n`);

// `npm start`: serves the repository (demo pages, data, dist) and prints the demo's URL.
// `startDemoServer` is also what `npm run screenshots` photographs.
import { startDevServer } from '@web/dev-server';
import { pathToFileURL } from 'node:url';

/** Serves the repository on `port` (a free one from 8000 when undefined); returns the server and its URL. */
export async function startDemoServer(port) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: 'localhost',
      watch: false,
      // The gallery's "loading" example: a server that answers only after ?ms= milliseconds.
      middleware: [
        (ctx, next) => {
          if (!ctx.path.endsWith('/slow.json')) return next();
          const ms = Math.min(Number(ctx.query.ms) || 0, 600000);
          return new Promise((resolve) => {
            const timer = setTimeout(resolve, ms);
            // A client that goes away (a closed tab or browser) ends the wait: otherwise the
            // timer keeps Node running for up to 10 minutes after the server has stopped.
            ctx.res.on('close', () => {
              clearTimeout(timer);
              resolve();
            });
          }).then(() => {
            ctx.type = 'application/json';
            ctx.body = '{"periods":["2025"],"series":[{"id":"b","label":"Balance","values":[-1]}]}';
          });
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, url: `http://localhost:${server.config.port}` };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startDemoServer(Number(process.env.PORT ?? 8000));
  console.log(`\n  Demo article:  ${url}/demo/index.html\n  CDN embed:     ${url}/demo/embed.html\n  Gallery:       ${url}/demo/gallery.html\n\n  Ctrl-C to stop.\n`);
}

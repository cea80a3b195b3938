import { Router } from 'express';
import path from 'node:path';
import { ExampleIds } from '../graph/example-ids';
import { projectRoot } from '../project-root';

/** Browser assets served from our own node_modules, so the playground works with no internet. */
const packageFile = (name: string, file: string) =>
  path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
};

const EXAMPLES_FILE = path.join(projectRoot, 'schema', 'examples.graphql');

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>reelgraph playground</title>
  <link rel="stylesheet" href="/playground/assets/graphiql.css">
  <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/assets/react.js"></script>
  <script src="/playground/assets/react-dom.js"></script>
  <script src="/playground/assets/graphiql.js"></script>
  <script>
    // /playground#token=<token> (the link npm start prints) pre-fills the Authorization header.
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    const headers = token ? JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2) : undefined;
    // The examples' ids ($movieId, $personId, $userId) come from the loaded catalogue.
    Promise.all([
      fetch('/playground/examples.graphql').then((response) => response.text()),
      fetch('/playground/variables.json')
        .then((response) => (response.ok ? response.json() : {}))
        .catch(() => ({})),
    ])
      .then(([examples, variables]) => {
        const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
        ReactDOM.createRoot(document.getElementById('graphiql')).render(
          React.createElement(GraphiQL, {
            fetcher,
            defaultQuery: examples,
            variables: JSON.stringify(variables, null, 2),
            headers,
            defaultHeaders: headers,
            defaultEditorToolsVisibility: token ? 'headers' : 'variables',
          }),
        );
      });
  </script>
</body>
</html>
`;

/**
 * GraphiQL at /playground, and at /graphql when a browser asks for a page. `exampleIds` reads the
 * ids the examples run with from the loaded catalogue (served as /playground/variables.json).
 */
export function playgroundRouter(exampleIds: () => Promise<ExampleIds>): Router {
  const router = Router();
  router.get('/playground', (_request, response) => {
    response.type('html').send(PAGE);
  });
  router.get('/graphql', (request, response, next) => {
    if (request.query.query === undefined && request.accepts(['json', 'html']) === 'html') {
      response.type('html').send(PAGE);
      return;
    }
    next();
  });
  router.get('/playground/examples.graphql', (_request, response) => {
    response.type('text/plain').sendFile(EXAMPLES_FILE);
  });
  router.get('/playground/variables.json', async (_request, response, next) => {
    try {
      response.set('cache-control', 'no-store').json(await exampleIds());
    } catch (error) {
      next(error);
    }
  });
  router.get('/playground/assets/:file', (request, response) => {
    const file = ASSETS[request.params.file];
    if (file === undefined) {
      response.sendStatus(404);
      return;
    }
    response.sendFile(file, { maxAge: '1d' });
  });
  return router;
}

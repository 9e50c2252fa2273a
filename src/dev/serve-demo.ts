// Serves the demo page alone (for a browser you loaded the development build into yourself).
import { resolve } from 'node:path';
import { startServer, staticFiles } from './server.ts';

const server = await startServer({ handlers: [staticFiles(resolve('src/dev/demo'))], port: Number(process.env.PORT ?? 4873) });
console.log(`Demo page: http://localhost:${server.port}/  (Ctrl+C to stop)`);

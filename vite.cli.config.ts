import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The `farley` command: the core bundled for Node, with runtime dependencies left to node_modules.
export default defineConfig({
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { farley: 'electron/cli/main.ts' },
      output: { format: 'esm', entryFileNames: '[name].js' },
      external: [
        ...Object.keys(pkg.dependencies),
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
      ],
    },
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the server and the contract run in Node against real SQLite files; components run in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/contract/**/*.test.ts', 'src/server/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/features/**/*.test.ts', 'src/components/**/*.test.ts'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
